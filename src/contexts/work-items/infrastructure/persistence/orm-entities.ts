import { WorkItemOrmEntity } from './work-item.orm-entity.js';

export const workItemsOrmEntities = [WorkItemOrmEntity];
