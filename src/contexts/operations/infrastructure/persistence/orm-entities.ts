import { InternalMetadataOrmEntity } from './internal-metadata.orm-entity.js';

export const operationsOrmEntities = [InternalMetadataOrmEntity];
