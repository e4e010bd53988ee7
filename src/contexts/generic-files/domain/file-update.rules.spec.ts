import type { StoredGenericFile } from './generic-file.js';
import { applyStoredFileValuesOnUpdate, fileChangeViolations, fileCreateViolation, fileUpdateViolation } from './file-update.rules.js';

const stored: StoredGenericFile = {
  id: 20,
  institutionId: 2,
  intellectualObjectId: 10,
  identifier: 'institution1.edu/photos/data/a.jpg',
  state: 'A',
  storageOption: 'Standard',
  createdAt: '2020-01-01T00:00:00Z',
};

describe(fileCreateViolation.name, () => {
  it('requires id 0 and the URL institution for every file of a batch', () => {
    expect(fileCreateViolation(2, { id: 0, institutionId: 2 })).toBeNull();
    expect(fileCreateViolation(2, { id: 0, institutionId: 3 })).toBe('resource or institution id mismatch');
  });
});

describe(fileUpdateViolation.name, () => {
  it('accepts the URL id and the stored institution', () => {
    expect(fileUpdateViolation(20, stored, { id: 20, institutionId: 2 })).toBeNull();
  });

  it('rejects mismatched ids', () => {
    expect(fileUpdateViolation(20, stored, { id: 21, institutionId: 2 })).toBe('resource or institution id mismatch');
    expect(fileUpdateViolation(20, stored, { id: 20, institutionId: 9 })).toBe('resource or institution id mismatch');
  });
});

describe(applyStoredFileValuesOnUpdate.name, () => {
  it('keeps the stored storage option while active and always keeps created_at', () => {
    const submitted = { storageOption: 'Wasabi-OR', createdAt: '2025-01-01T00:00:00Z' };
    expect(applyStoredFileValuesOnUpdate(stored, submitted)).toEqual({ storageOption: 'Standard', createdAt: '2020-01-01T00:00:00Z' });
    expect(applyStoredFileValuesOnUpdate({ ...stored, state: 'D' }, submitted).storageOption).toBe('Wasabi-OR');
  });
});

describe(fileChangeViolations.name, () => {
  it('reports an identifier change', () => {
    expect(fileChangeViolations(stored, { id: 20, institutionId: 2, identifier: 'other', storageOption: 'Standard' })).toEqual(['identifier cannot change']);
  });

  it('accepts an unchanged file', () => {
    expect(fileChangeViolations(stored, { id: 20, institutionId: 2, identifier: stored.identifier, storageOption: 'Standard' })).toEqual([]);
  });
});
