import type { ChecksumRow } from './checksum.read-model.js';
import { attachRelations } from './generic-file-relations.js';
import type { GenericFilePremisEventRow, GenericFileRow } from './generic-file.read-model.js';
import type { StorageRecordRow } from './storage-record.read-model.js';

const file = (id: number, storage_records: StorageRecordRow[] = []): GenericFileRow & { storage_records: StorageRecordRow[] } => ({
  id,
  file_format: null,
  size: null,
  identifier: `inst.edu/bag/file${id}`,
  intellectual_object_id: 1,
  created_at: '2021-01-12T17:14:35Z',
  updated_at: '2021-01-12T17:14:35Z',
  state: 'A',
  last_fixity_check: '2000-01-01T00:00:00Z',
  institution_id: 2,
  storage_option: 'Standard',
  uuid: `uuid-${id}`,
  mod_time: null,
  storage_records,
});

const event = (id: number, generic_file_id: number | null) => ({ id, generic_file_id }) as GenericFilePremisEventRow;
const checksum = (id: number, generic_file_id: number | null) => ({ id, generic_file_id }) as ChecksumRow;

describe('attachRelations', () => {
  it('returns the files in the order of the ids asked for, leaving out ids that were not found', () => {
    const result = attachRelations([3, 99, 1, 2], [file(1), file(2), file(3)], [], []);
    expect(result.map((f) => f.id)).toEqual([3, 1, 2]);
  });

  it('gives each file its own events and checksums, in the order they were read', () => {
    const events = [event(31, 1), event(40, 2), event(22, 1), event(13, 1)];
    const checksums = [checksum(2, 1), checksum(7, 2), checksum(1, 1)];
    const [one, two] = attachRelations([1, 2], [file(1), file(2)], events, checksums);
    expect(one.premis_events.map((e) => e.id)).toEqual([31, 22, 13]);
    expect(one.checksums.map((c) => c.id)).toEqual([2, 1]);
    expect(two.premis_events.map((e) => e.id)).toEqual([40]);
    expect(two.checksums.map((c) => c.id)).toEqual([7]);
  });

  it('gives files without relations empty arrays, and keeps their storage records', () => {
    const records = [{ id: 77, generic_file_id: 50, url: 'https://example.org/x' }];
    const [only] = attachRelations([50], [file(50, records)], [event(1, 51), event(2, null)], [checksum(1, 51)]);
    expect(only.premis_events).toEqual([]);
    expect(only.checksums).toEqual([]);
    expect(only.storage_records).toEqual(records);
  });

  it('lists a file once even when its id is asked for twice', () => {
    expect(attachRelations([1, 1], [file(1)], [], []).map((f) => f.id)).toEqual([1]);
  });

  it('answers an empty list for no ids', () => {
    expect(attachRelations([], [], [], [])).toEqual([]);
  });
});
