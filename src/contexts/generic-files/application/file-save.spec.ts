import type { PremisEventRow } from '../../premis-events/index.js';
import type { ChecksumRow } from './checksum.read-model.js';
import { prepareFile, validatePreparedFile, withInsertedChildren } from './file-save.js';
import type { GenericFileRow } from './generic-file.read-model.js';
import type { FileSubmission } from './generic-file.record.js';

const event = (overrides: Record<string, unknown> = {}) => ({
  id: null,
  identifier: '3f2b9a52-8c1e-4d4e-9b3a-0c6f1e2d3a4b',
  eventType: 'ingestion',
  dateTime: '2024-01-01T00:00:00Z',
  outcomeDetail: 'd',
  detail: 'd',
  outcomeInformation: 'i',
  object: 'o',
  agent: 'a',
  intellectualObjectId: null,
  genericFileId: null,
  outcome: 'Success',
  institutionId: null,
  ...overrides,
});

const submission = (overrides: Partial<FileSubmission> = {}): FileSubmission => ({
  id: 0,
  file: {
    fileFormat: 'text/plain', size: 10, identifier: 'inst.edu/bag/data/a.txt', intellectualObjectId: 4, state: 'A', institutionId: 2,
    storageOption: 'Standard', uuid: 'c5f0f5a4-1a6e-4e0c-9a55-5b1f4f0e8b11', lastFixityCheck: null, modTime: null, createdAt: null,
  },
  checksums: [{ id: null, algorithm: 'md5', dateTime: '2024-01-01T00:00:00Z', digest: 'abc', genericFileId: null }],
  storageRecords: [{ id: null, genericFileId: null, url: 'https://example.org/a' }],
  events: [event()],
  ...overrides,
});

const stored: GenericFileRow = {
  id: 9, file_format: 'text/plain', size: 1, identifier: 'inst.edu/bag/data/a.txt', intellectual_object_id: 4, created_at: '2020-01-01T00:00:00Z',
  updated_at: '2020-01-01T00:00:00Z', state: 'A', last_fixity_check: '2000-01-01T00:00:00Z', institution_id: 2, storage_option: 'Glacier-OH',
  uuid: 'c5f0f5a4-1a6e-4e0c-9a55-5b1f4f0e8b11', mod_time: null,
};

describe(prepareFile.name, () => {
  it('keeps only the children without an id, with their index in the body', () => {
    const prepared = prepareFile(submission({ events: [event({ id: 12 }), event(), event({ id: 0 })] }), null);
    expect(prepared.events.map((e) => e.index)).toEqual([1, 2]);
  });

  it('takes the storage option of an active stored file and its created_at', () => {
    const prepared = prepareFile(submission({ file: { ...submission().file, storageOption: 'Standard', createdAt: '2024-01-01T00:00:00Z' } }), stored);
    expect(prepared.file).toMatchObject({ storageOption: 'Glacier-OH', createdAt: '2020-01-01T00:00:00Z' });
    expect(prepared.stored).toBe(stored);
  });
});

describe(validatePreparedFile.name, () => {
  it('accepts a valid new file whose children do not name it yet, and events whose owner ids are empty', () => {
    expect(validatePreparedFile(prepareFile(submission(), null))).toEqual([]);
  });

  it('prefixes nested errors with the array and the body index, and the whole lot with the path', () => {
    const bad = submission({
      file: { ...submission().file, uuid: 'x' },
      checksums: [{ id: 5, algorithm: 'bogus', dateTime: null, digest: null, genericFileId: null }, { id: null, algorithm: 'crc', dateTime: '2024-01-01T00:00:00Z', digest: 'a', genericFileId: null }],
      events: [event(), event({ outcome: 'Failed' })],
    });
    expect(validatePreparedFile(prepareFile(bad, null), 'files[4].').map((e) => `${e.field}: ${e.message}`)).toEqual([
      'files[4].UUID: Valid UUID required',
      'files[4].checksums[1].Algorithm: Checksum requires a valid algorithm',
      'files[4].premis_events[1].Outcome: Event requires a valid Outcome value',
    ]);
    expect(validatePreparedFile(prepareFile(bad, null), 'files[4].').map((e) => e.jsonField)).toEqual([
      'files[4].uuid', 'files[4].checksums[1].algorithm', 'files[4].premis_events[1].outcome',
    ]);
  });

  it("gives nested events the file's institution and object before checking them", () => {
    const noObject = submission({ file: { ...submission().file, intellectualObjectId: null } });
    expect(validatePreparedFile(prepareFile(noObject, null)).map((e) => e.field)).toEqual(['IntellectualObjectID', 'premis_events[0].IntellectualObjectID']);
  });
});

describe(withInsertedChildren.name, () => {
  it("gives each file its children: events newest first, checksums most recently recorded first, storage records by id", () => {
    const ev = (id: number, fileId: number, date: string) => ({ id, generic_file_id: fileId, date_time: date }) as PremisEventRow;
    const cs = (id: number, fileId: number, created: string) => ({ id, generic_file_id: fileId, created_at: created }) as ChecksumRow;
    const [first, second] = withInsertedChildren(
      [{ ...stored, id: 1 }, { ...stored, id: 2 }],
      [cs(1, 1, '2024-01-01T00:00:00Z'), cs(2, 1, '2024-01-01T00:00:00.5Z'), cs(3, 1, '2024-01-01T00:00:00.5Z')],
      [{ id: 8, generic_file_id: 2, url: 'b' }, { id: 7, generic_file_id: 2, url: 'a' }],
      [ev(1, 1, '2024-01-01T00:00:01Z'), ev(2, 1, '2024-01-01T00:00:01.25Z'), ev(3, 2, '2024-01-01T00:00:00Z')],
    );
    expect(first.premis_events.map((e) => e.id)).toEqual([2, 1]);
    expect(first.checksums.map((c) => c.id)).toEqual([3, 2, 1]);
    expect(first.storage_records).toEqual([]);
    expect(second.storage_records.map((s) => s.id)).toEqual([7, 8]);
    expect(second.premis_events.map((e) => e.id)).toEqual([3]);
  });
});
