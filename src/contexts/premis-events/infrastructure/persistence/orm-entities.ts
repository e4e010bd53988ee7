import { PremisEventOrmEntity } from './premis-event.orm-entity.js';

export const premisEventsOrmEntities = [PremisEventOrmEntity];
