import {
  coerceStorageOption,
  preservedRecordChangeViolations,
  resourceIdMismatch,
  type PreservedRecordSnapshot,
} from './record-update.rules.js';

const stored: PreservedRecordSnapshot = { id: 7, institutionId: 2, identifier: 'test.edu/bag', state: 'A', storageOption: 'Standard' };

describe(resourceIdMismatch.name, () => {
  it('passes when ids and institution ids match', () => {
    expect(resourceIdMismatch({ id: 7, institutionId: 2 }, { id: 7, institutionId: 2 })).toBeNull();
  });

  it('treats null and 0 as the same "no id" on create', () => {
    expect(resourceIdMismatch({ id: 0, institutionId: 2 }, { id: null, institutionId: 2 })).toBeNull();
  });

  it('rejects a different id', () => {
    expect(resourceIdMismatch({ id: 7, institutionId: 2 }, { id: 8, institutionId: 2 })).toBe('resource or institution id mismatch');
  });

  it('rejects a different institution id', () => {
    expect(resourceIdMismatch({ id: 7, institutionId: 2 }, { id: 7, institutionId: 3 })).toBe('resource or institution id mismatch');
  });
});

describe(coerceStorageOption.name, () => {
  it('keeps the stored option while the record is active', () => {
    expect(coerceStorageOption(stored, 'Glacier-VA')).toBe('Standard');
  });

  it('accepts the submitted option once the record is deleted', () => {
    expect(coerceStorageOption({ ...stored, state: 'D' }, 'Glacier-VA')).toBe('Glacier-VA');
  });
});

describe(preservedRecordChangeViolations.name, () => {
  it('allows an update that changes nothing immutable', () => {
    expect(preservedRecordChangeViolations(stored, { ...stored })).toEqual([]);
  });

  it.each([
    [{ id: 8 }, 'resource or institution id mismatch'],
    [{ institutionId: 3 }, 'institution id cannot change'],
    [{ identifier: 'test.edu/other' }, 'identifier cannot change'],
    [{ storageOption: 'Glacier-OH' }, 'cannot change storage option on active object'],
  ])('reports %p as %p', (change, message) => {
    expect(preservedRecordChangeViolations(stored, { ...stored, ...change })).toEqual([message]);
  });

  it('allows a storage option change on a deleted record', () => {
    expect(preservedRecordChangeViolations({ ...stored, state: 'D' }, { id: 7, institutionId: 2, identifier: 'test.edu/bag', storageOption: 'Glacier-OH' })).toEqual([]);
  });

  it('lists several violations in the reference order', () => {
    expect(preservedRecordChangeViolations(stored, { ...stored, id: 1, identifier: 'x' })).toEqual([
      'resource or institution id mismatch',
      'identifier cannot change',
    ]);
  });
});
