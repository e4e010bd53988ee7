export { GenericFilesModule } from './generic-files.module.js';
export { GenericFilesService } from './application/generic-files.service.js';
export { ChecksumsService } from './application/checksums.service.js';
export { GenericFileReader } from './application/generic-file.reader.js';
export { GenericFilesFacade } from './application/generic-files.facade.js';
export type {
  GenericFilePremisEventRow,
  GenericFileRelations,
  GenericFileRow,
  GenericFileViewRow,
  GenericFileWithRelations,
} from './application/generic-file.read-model.js';
export type { ChecksumRow, ChecksumViewRow } from './application/checksum.read-model.js';
export type { StorageRecordRow } from './application/storage-record.read-model.js';
export { GenericFileResponse, toGenericFileResponse } from './http/generic-file.response.js';
export { ChecksumResponse, toChecksumResponse } from './http/checksum.response.js';
export { StorageRecordResponse, toStorageRecordResponse } from './http/storage-record.response.js';
export {
  fileDeletionChanges,
  fileDeletionPreconditions,
  type FileDeletionFacts,
  type StoredGenericFile,
} from './domain/index.js';
