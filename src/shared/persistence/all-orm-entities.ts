import { alertsOrmEntities } from '../../contexts/alerts/infrastructure/persistence/orm-entities.js';
import { deletionRequestsOrmEntities } from '../../contexts/deletion-requests/infrastructure/persistence/orm-entities.js';
import { genericFilesOrmEntities } from '../../contexts/generic-files/infrastructure/persistence/orm-entities.js';
import { identityOrmEntities } from '../../contexts/identity/infrastructure/persistence/orm-entities.js';
import { institutionsOrmEntities } from '../../contexts/institutions/infrastructure/persistence/orm-entities.js';
import { intellectualObjectsOrmEntities } from '../../contexts/intellectual-objects/infrastructure/persistence/orm-entities.js';
import { operationsOrmEntities } from '../../contexts/operations/infrastructure/persistence/orm-entities.js';
import { premisEventsOrmEntities } from '../../contexts/premis-events/infrastructure/persistence/orm-entities.js';
import { reportsOrmEntities } from '../../contexts/reports/infrastructure/persistence/orm-entities.js';
import { workItemsOrmEntities } from '../../contexts/work-items/infrastructure/persistence/orm-entities.js';

/** Every table the registry maps; the data source registers exactly these. */
export const ALL_ORM_ENTITIES = [
  ...institutionsOrmEntities,
  ...identityOrmEntities,
  ...intellectualObjectsOrmEntities,
  ...genericFilesOrmEntities,
  ...premisEventsOrmEntities,
  ...workItemsOrmEntities,
  ...deletionRequestsOrmEntities,
  ...alertsOrmEntities,
  ...reportsOrmEntities,
  ...operationsOrmEntities,
];
