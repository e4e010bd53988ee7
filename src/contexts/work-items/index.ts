export { WorkItemsModule } from './work-items.module.js';
