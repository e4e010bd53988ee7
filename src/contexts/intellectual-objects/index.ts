export { IntellectualObjectsModule } from './intellectual-objects.module.js';
export { IntellectualObjectsService } from './application/intellectual-objects.service.js';
export type { IntellectualObjectViewRow } from './application/intellectual-object.read-model.js';
