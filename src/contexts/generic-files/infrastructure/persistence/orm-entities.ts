import { ChecksumOrmEntity } from './checksum.orm-entity.js';
import { GenericFileOrmEntity } from './generic-file.orm-entity.js';
import { StorageRecordOrmEntity } from './storage-record.orm-entity.js';

export const genericFilesOrmEntities = [GenericFileOrmEntity, ChecksumOrmEntity, StorageRecordOrmEntity];
