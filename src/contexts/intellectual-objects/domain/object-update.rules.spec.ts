import type { StoredIntellectualObject } from './intellectual-object.js';
import { applyStoredObjectValuesOnUpdate, objectChangeViolations, objectCreateViolation, objectUpdateViolation } from './object-update.rules.js';

const stored: StoredIntellectualObject = {
  id: 10,
  institutionId: 2,
  identifier: 'institution1.edu/photos',
  state: 'A',
  storageOption: 'Standard',
  createdAt: '2020-01-01T00:00:00Z',
};

describe(objectCreateViolation.name, () => {
  it('accepts a body with no id and the URL institution', () => {
    expect(objectCreateViolation(2, { id: 0, institutionId: 2 })).toBeNull();
    expect(objectCreateViolation(2, { id: null, institutionId: 2 })).toBeNull();
  });

  it('rejects a body with an id or another institution', () => {
    expect(objectCreateViolation(2, { id: 5, institutionId: 2 })).toBe('resource or institution id mismatch');
    expect(objectCreateViolation(2, { id: 0, institutionId: 3 })).toBe('resource or institution id mismatch');
  });
});

describe(objectUpdateViolation.name, () => {
  it('accepts the URL id and the stored institution', () => {
    expect(objectUpdateViolation(10, stored, { id: 10, institutionId: 2 })).toBeNull();
  });

  it('rejects a body id that differs from the URL', () => {
    expect(objectUpdateViolation(10, stored, { id: 11, institutionId: 2 })).toBe('resource or institution id mismatch');
  });

  it('rejects a body institution that differs from the stored one', () => {
    expect(objectUpdateViolation(10, stored, { id: 10, institutionId: 3 })).toBe('resource or institution id mismatch');
  });
});

describe(applyStoredObjectValuesOnUpdate.name, () => {
  const submitted = { id: 10, storageOption: 'Glacier-OR', createdAt: null, title: 'New title' };

  it('coerces the storage option back on an active object and keeps created_at', () => {
    expect(applyStoredObjectValuesOnUpdate(stored, submitted)).toEqual({ id: 10, storageOption: 'Standard', createdAt: '2020-01-01T00:00:00Z', title: 'New title' });
  });

  it('lets a deleted object take the new storage option', () => {
    expect(applyStoredObjectValuesOnUpdate({ ...stored, state: 'D' }, submitted).storageOption).toBe('Glacier-OR');
  });
});

describe(objectChangeViolations.name, () => {
  const unchanged = { id: 10, institutionId: 2, identifier: 'institution1.edu/photos', storageOption: 'Standard' };

  it('accepts an update without immutable changes', () => {
    expect(objectChangeViolations(stored, unchanged)).toEqual([]);
  });

  it('reports every forbidden change in the reference order', () => {
    expect(objectChangeViolations(stored, { id: 9, institutionId: 3, identifier: 'x/y', storageOption: 'Glacier-VA' })).toEqual([
      'resource or institution id mismatch',
      'institution id cannot change',
      'identifier cannot change',
      'cannot change storage option on active object',
    ]);
  });

  it('allows a storage option change on a deleted object', () => {
    expect(objectChangeViolations({ ...stored, state: 'D' }, { ...unchanged, storageOption: 'Glacier-VA' })).toEqual([]);
  });
});
