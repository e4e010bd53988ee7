export { WorkItemsModule } from './work-items.module.js';
export { WorkItemsService } from './application/work-items.service.js';
export type { WorkItemViewRow } from './application/work-item.read-model.js';
export { toWorkItemViewResponse, WorkItemViewResponse } from './http/work-item-view.response.js';
