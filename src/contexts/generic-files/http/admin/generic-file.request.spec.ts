import { premisEventBodySchema, PremisEventRequest } from '../../../premis-events/index.js';
import {
  checksumBodySchema,
  ChecksumRequest,
  genericFileBodySchema,
  GenericFileRequest,
  storageRecordBodySchema,
  StorageRecordRequest,
  toFileSubmission,
} from './generic-file.request.js';

/** Where @nestjs/swagger keeps the names of a class's documented properties. */
const API_MODEL_PROPERTIES_ARRAY = 'swagger/apiModelPropertiesArray';

const documented = (type: new () => object): string[] =>
  (Reflect.getMetadata(API_MODEL_PROPERTIES_ARRAY, type.prototype) as string[]).map((name) => name.replace(/^:/, ''));

describe('request documentation', () => {
  it.each([
    [GenericFileRequest, genericFileBodySchema],
    [ChecksumRequest, checksumBodySchema],
    [StorageRecordRequest, storageRecordBodySchema],
    [PremisEventRequest, premisEventBodySchema],
  ] as const)('%p documents exactly the fields its schema checks', (type, schema) => {
    expect(documented(type).sort()).toEqual(Object.keys(schema).sort());
  });
});

describe(toFileSubmission.name, () => {
  it('reads Go zero values as none, keeps size 0, and keeps the ids of nested children', () => {
    const submission = toFileSubmission({
      id: 0, file_format: '', size: 0, identifier: 'a', intellectual_object_id: 0, institution_id: 2, last_fixity_check: '0001-01-01T00:00:00Z',
      mtime: '2020-01-01T00:00:00.123456789Z', checksums: [{ id: 4, digest: 'x' }], premis_events: [{ generic_file_id: 0 }], storage_records: null,
    });
    expect(submission.file).toMatchObject({ fileFormat: null, size: 0, intellectualObjectId: null, lastFixityCheck: null, modTime: '2020-01-01T00:00:00.123456Z' });
    expect(submission.checksums[0]).toMatchObject({ id: 4, digest: 'x' });
    expect(submission.events[0]).toMatchObject({ id: null, genericFileId: null });
    expect(submission.storageRecords).toEqual([]);
  });
});
