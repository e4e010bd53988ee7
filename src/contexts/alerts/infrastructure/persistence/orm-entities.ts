import { AlertPremisEventOrmEntity } from './alert-premis-event.orm-entity.js';
import { AlertUserOrmEntity } from './alert-user.orm-entity.js';
import { AlertWorkItemOrmEntity } from './alert-work-item.orm-entity.js';
import { AlertOrmEntity } from './alert.orm-entity.js';

export const alertsOrmEntities = [AlertOrmEntity, AlertPremisEventOrmEntity, AlertUserOrmEntity, AlertWorkItemOrmEntity];
