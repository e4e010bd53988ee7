import { DeletionRequestGenericFileOrmEntity } from './deletion-request-generic-file.orm-entity.js';
import { DeletionRequestIntellectualObjectOrmEntity } from './deletion-request-intellectual-object.orm-entity.js';
import { DeletionRequestOrmEntity } from './deletion-request.orm-entity.js';

export const deletionRequestsOrmEntities = [
  DeletionRequestOrmEntity,
  DeletionRequestGenericFileOrmEntity,
  DeletionRequestIntellectualObjectOrmEntity,
];
