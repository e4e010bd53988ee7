export { IntellectualObjectsModule } from './intellectual-objects.module.js';
export { IntellectualObjectsService } from './application/intellectual-objects.service.js';
export type { IntellectualObjectViewRow } from './application/intellectual-object.read-model.js';
export type { IntellectualObjectRow } from './application/intellectual-object.record.js';
export { IntellectualObjectResponse, toIntellectualObjectResponse } from './http/intellectual-object.response.js';
