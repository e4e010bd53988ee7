import { validateChecksum, type ChecksumFields } from './checksum.js';

const valid: ChecksumFields = { algorithm: 'sha256', dateTime: '2024-01-01T00:00:00.123456789Z', digest: 'abc123', genericFileId: 5 };
const messagesFor = (changes: Partial<ChecksumFields>) => validateChecksum({ ...valid, ...changes }).map((e) => `${e.field}: ${e.message}`);

describe(validateChecksum.name, () => {
  it('accepts a valid checksum without checking the digest format', () => {
    expect(messagesFor({})).toEqual([]);
    expect(messagesFor({ digest: 'not hex at all' })).toEqual([]);
  });

  it.each(['md5', 'sha1', 'sha256', 'sha512'])('accepts algorithm %s', (algorithm) => {
    expect(messagesFor({ algorithm })).toEqual([]);
  });

  it.each([
    [{ digest: '  ' }, 'Digest: Checksum Digest cannot be empty'],
    [{ dateTime: null }, 'DateTime: Checksum DateTime is required'],
    [{ algorithm: 'SHA256' }, 'Algorithm: Checksum requires a valid algorithm'],
    [{ genericFileId: 0 }, 'GenericFileID: Checksum requires a valid file id'],
  ])('reports %p as %p', (change, message) => {
    expect(messagesFor(change)).toEqual([message]);
  });

  it('reports errors in the documented field order with JSON keys', () => {
    const errors = validateChecksum({ algorithm: null, dateTime: null, digest: null, genericFileId: null });
    expect(errors.map((e) => e.jsonField)).toEqual(['digest', 'datetime', 'algorithm', 'generic_file_id']);
  });
});
