import { HistoricalDepositStatOrmEntity } from './historical-deposit-stat.orm-entity.js';
import { StorageOptionOrmEntity } from './storage-option.orm-entity.js';

export const reportsOrmEntities = [StorageOptionOrmEntity, HistoricalDepositStatOrmEntity];
