import { validateStorageRecord } from './storage-record.js';

describe(validateStorageRecord.name, () => {
  it('accepts a record with a file id and a URL', () => {
    expect(validateStorageRecord({ genericFileId: 5, url: 'https://localhost:9899/preservation-va/3f2b9a52-8c1e-4d4e-9b3a-0c6f1e2d3a4b' })).toEqual([]);
  });

  it('accepts a URL without a scheme', () => {
    expect(validateStorageRecord({ genericFileId: 5, url: 's3.amazonaws.com/bucket/key' })).toEqual([]);
  });

  it('requires a file id', () => {
    expect(validateStorageRecord({ genericFileId: 0, url: 'https://host.org/x' })).toEqual([
      { field: 'GenericFileID', jsonField: 'generic_file_id', message: 'Storage record requires a valid file id' },
    ]);
  });

  it('requires a valid URL', () => {
    expect(validateStorageRecord({ genericFileId: 5, url: 'not a url' })).toEqual([
      { field: 'URL', jsonField: 'url', message: 'Storage record requires a valid URL' },
    ]);
    expect(validateStorageRecord({ genericFileId: 5, url: null }).map((e) => e.field)).toEqual(['URL']);
  });
});
