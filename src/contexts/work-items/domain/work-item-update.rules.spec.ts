import { saveMayRaiseAlert, workItemChangeViolations, workItemCreateViolation, workItemUpdateViolation, type WorkItemIdentity } from './work-item-update.rules.js';

const stored: WorkItemIdentity = {
  id: 30, institutionId: 2, intellectualObjectId: 10, genericFileId: null, name: 'photos.tar', etag: '0123456789abcdef0123456789abcdef', action: 'Ingest',
};

describe(workItemCreateViolation.name, () => {
  it('requires id 0 and the URL institution', () => {
    expect(workItemCreateViolation(2, { id: null, institutionId: 2 })).toBeNull();
    expect(workItemCreateViolation(2, { id: 4, institutionId: 2 })).toBe('resource or institution id mismatch');
    expect(workItemCreateViolation(2, { id: 0, institutionId: 5 })).toBe('resource or institution id mismatch');
  });
});

describe(workItemUpdateViolation.name, () => {
  it('checks only the URL id and the stored institution', () => {
    expect(workItemUpdateViolation(30, stored, { id: 30, institutionId: 2 })).toBeNull();
    expect(workItemUpdateViolation(30, stored, { id: 31, institutionId: 2 })).toBe('resource or institution id mismatch');
    expect(workItemUpdateViolation(30, stored, { id: 30, institutionId: 3 })).toBe('resource or institution id mismatch');
  });
});

describe(workItemChangeViolations.name, () => {
  it('accepts an unchanged identity', () => {
    expect(workItemChangeViolations(stored, { ...stored })).toEqual([]);
  });

  it.each([
    [{ id: 31 }, 'resource or institution id mismatch'],
    [{ institutionId: 3 }, 'institution id cannot change'],
    [{ intellectualObjectId: 11 }, 'intellectual object id cannot change'],
    [{ intellectualObjectId: null }, 'intellectual object id cannot change'],
    [{ name: 'other.tar' }, 'name cannot change'],
    [{ etag: 'ffffffffffffffffffffffffffffffff' }, 'etag cannot change'],
    [{ action: 'Delete' }, 'action cannot change'],
  ])('reports %p as %p', (change, message) => {
    expect(workItemChangeViolations(stored, { ...stored, ...change })).toEqual([message]);
  });

  it('reports a changed file id', () => {
    expect(workItemChangeViolations({ ...stored, genericFileId: 20 }, { ...stored, genericFileId: 21 })).toEqual(['generic file id cannot change']);
  });

  it('allows linking an ingest item to its object once (unset to id)', () => {
    expect(workItemChangeViolations({ ...stored, intellectualObjectId: null }, { ...stored, intellectualObjectId: 10 })).toEqual([]);
    expect(workItemChangeViolations({ ...stored, intellectualObjectId: 0 }, { ...stored, intellectualObjectId: 10 })).toEqual([]);
    expect(workItemChangeViolations({ ...stored, genericFileId: null }, { ...stored, genericFileId: 20 })).toEqual([]);
  });

  it('lists several violations in the reference order', () => {
    expect(workItemChangeViolations(stored, { ...stored, action: 'Delete', name: 'x.tar', institutionId: 9 })).toEqual([
      'institution id cannot change', 'name cannot change', 'action cannot change',
    ]);
  });
});

describe(saveMayRaiseAlert.name, () => {
  it('holds for saves into Success of restore items and of delete items of a deletion request, and for nothing else', () => {
    expect(saveMayRaiseAlert({ action: 'Restore Object', status: 'Success', deletionRequestId: null })).toBe(true);
    expect(saveMayRaiseAlert({ action: 'Restore File', status: 'Success', deletionRequestId: null })).toBe(true);
    expect(saveMayRaiseAlert({ action: 'Delete', status: 'Success', deletionRequestId: 4 })).toBe(true);
    expect(saveMayRaiseAlert({ action: 'Restore Object', status: 'Started', deletionRequestId: null })).toBe(false);
    expect(saveMayRaiseAlert({ action: 'Delete', status: 'Success', deletionRequestId: null })).toBe(false);
    expect(saveMayRaiseAlert({ action: 'Ingest', status: 'Success', deletionRequestId: null })).toBe(false);
    expect(saveMayRaiseAlert({ action: 'Glacier Restore', status: 'Success', deletionRequestId: null })).toBe(false);
  });
});
