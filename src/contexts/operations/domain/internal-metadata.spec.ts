import { METADATA_KEYS, validateInternalMetadata } from './internal-metadata.js';

describe(validateInternalMetadata.name, () => {
  it('accepts a key and a value', () => {
    expect(validateInternalMetadata({ key: METADATA_KEYS.spotRestoreLastRun, value: '2000-01-01T00:00:00Z' })).toEqual([]);
  });

  it('requires a non-blank key', () => {
    expect(validateInternalMetadata({ key: ' ', value: 'false' })).toEqual([
      { field: 'Key', jsonField: 'key', message: 'InternalMetadata key cannot be empty' },
    ]);
  });

  it('requires a non-blank value', () => {
    expect(validateInternalMetadata({ key: 'k', value: '' })).toEqual([
      { field: 'Value', jsonField: 'value', message: 'InternalMetadata value cannot be empty' },
    ]);
  });

  it('reports both, key first', () => {
    expect(validateInternalMetadata({ key: null, value: null }).map((e) => e.field)).toEqual(['Key', 'Value']);
  });
});

describe('METADATA_KEYS', () => {
  it('lists the six known keys with their exact spelling', () => {
    expect(Object.values(METADATA_KEYS)).toEqual([
      'update counts is running',
      'current_deposit_stats is running',
      'historical deposit stats is running',
      'spot restore is running',
      'spot restore last run',
      'fixity alerts last run',
    ]);
  });
});
