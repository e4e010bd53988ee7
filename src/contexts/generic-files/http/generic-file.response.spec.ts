import type { ChecksumRow } from '../application/checksum.read-model.js';
import type { GenericFilePremisEventRow, GenericFileRow } from '../application/generic-file.read-model.js';
import { toGenericFileResponse } from './generic-file.response.js';

const row: GenericFileRow = {
  id: 7,
  file_format: null,
  size: null,
  identifier: 'inst.edu/bag/data/file.txt',
  intellectual_object_id: null,
  created_at: '2021-01-12T17:14:35.123456Z',
  updated_at: '2021-01-12T17:14:36Z',
  state: 'A',
  last_fixity_check: '2000-01-01T00:00:00Z',
  institution_id: 2,
  storage_option: 'Standard',
  uuid: '25452f41-1b18-47b7-b334-751dfd5d011e',
  mod_time: null,
};

const event: GenericFilePremisEventRow = {
  id: 31,
  identifier: 'e2b0e887-d54d-4fd2-b4bc-71ea9311afd5',
  event_type: 'ingestion',
  date_time: null,
  outcome_detail: null,
  detail: null,
  outcome_information: null,
  object: null,
  agent: null,
  intellectual_object_id: null,
  generic_file_id: 7,
  created_at: '2016-08-26T18:53:32Z',
  updated_at: '2016-08-26T18:53:32Z',
  outcome: 'Success',
  institution_id: null,
  old_uuid: null,
};

const checksum: ChecksumRow = {
  id: 2,
  algorithm: 'sha256',
  datetime: null,
  digest: null,
  generic_file_id: 7,
  created_at: '2021-01-12T17:14:36Z',
  updated_at: '2021-01-12T17:14:36Z',
};

describe('toGenericFileResponse', () => {
  it('writes the reference key order, with mod_time as mtime and NULLs as zero values', () => {
    const response = toGenericFileResponse({ ...row, premis_events: [], checksums: [], storage_records: [] });
    expect(Object.keys(response)).toEqual([
      'id', 'created_at', 'updated_at', 'file_format', 'size', 'identifier', 'intellectual_object_id', 'state', 'last_fixity_check',
      'institution_id', 'storage_option', 'uuid', 'premis_events', 'checksums', 'storage_records', 'mtime',
    ]);
    expect(response).toMatchObject({
      created_at: '2021-01-12T17:14:35.123456Z',
      file_format: '',
      size: 0,
      intellectual_object_id: 0,
      mtime: '0001-01-01T00:00:00Z',
    });
  });

  it('writes [] for loaded relations that are empty and null for relations that were not loaded', () => {
    expect(toGenericFileResponse({ ...row, premis_events: [], checksums: [], storage_records: [] })).toMatchObject({
      premis_events: [],
      checksums: [],
      storage_records: [],
    });
    expect(toGenericFileResponse(row)).toMatchObject({ premis_events: null, checksums: null, storage_records: null });
  });

  it('maps nested events, checksums and storage records with zero values for NULLs', () => {
    const response = toGenericFileResponse({
      ...row,
      premis_events: [event],
      checksums: [checksum],
      storage_records: [{ id: 1, generic_file_id: null, url: null }],
    });
    expect(response.premis_events).toEqual([
      {
        id: 31, created_at: '2016-08-26T18:53:32Z', updated_at: '2016-08-26T18:53:32Z', agent: '', date_time: '0001-01-01T00:00:00Z', detail: '',
        event_type: 'ingestion', generic_file_id: 7, identifier: 'e2b0e887-d54d-4fd2-b4bc-71ea9311afd5', institution_id: 0,
        intellectual_object_id: 0, object: '', old_uuid: '', outcome: 'Success', outcome_detail: '', outcome_information: '',
      },
    ]);
    expect(Object.keys(response.premis_events![0])).toEqual([
      'id', 'created_at', 'updated_at', 'agent', 'date_time', 'detail', 'event_type', 'generic_file_id', 'identifier', 'institution_id',
      'intellectual_object_id', 'object', 'old_uuid', 'outcome', 'outcome_detail', 'outcome_information',
    ]);
    expect(response.checksums).toEqual([
      { id: 2, created_at: '2021-01-12T17:14:36Z', updated_at: '2021-01-12T17:14:36Z', algorithm: 'sha256', datetime: '0001-01-01T00:00:00Z', digest: '', generic_file_id: 7 },
    ]);
    expect(response.storage_records).toEqual([{ id: 1, generic_file_id: 0, url: '' }]);
  });
});
