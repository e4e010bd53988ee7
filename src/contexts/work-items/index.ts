export { WorkItemsModule } from './work-items.module.js';
export { WorkItemsService } from './application/work-items.service.js';
export { WorkItemsFacade } from './application/work-items.facade.js';
export type { WorkItemViewRow } from './application/work-item.read-model.js';
export type { StoredWorkItemFields, WorkItemRow } from './application/work-item.record.js';
export { toWorkItemViewResponse, WorkItemViewResponse } from './http/work-item-view.response.js';
export { toWorkItemResponse, WorkItemResponse } from './http/work-item.response.js';
export {
  hasCompleted,
  isPending,
  itemFromLastIngest,
  newDeletionItem,
  newRestorationItem,
  requeueTopic,
  type DeletionItemRequest,
  type DeletionItemResult,
  type ObjectForNewItem,
  type RestorationRequest,
  type WorkItemFields,
} from './domain/index.js';
