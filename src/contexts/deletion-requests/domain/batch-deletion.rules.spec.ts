import { batchDeletionRefusal, type BatchDeletionFacts } from './batch-deletion.rules.js';

const key = '8f14e45f-ceea-467f-a8f8-2b2c6b7e9d10';
const acceptable: BatchDeletionFacts = {
  configuredKey: key,
  suppliedKey: key,
  institutionId: 2,
  requestor: { institutionId: 2, role: 'institutional_admin' },
  requestedObjectCount: 3,
  deletableObjectCount: 3,
  pendingWorkItemCount: 0,
};

const refusalFor = (changes: Partial<BatchDeletionFacts>) => batchDeletionRefusal({ ...acceptable, ...changes });

describe(batchDeletionRefusal.name, () => {
  it('accepts a well-formed request', () => {
    expect(refusalFor({})).toBeNull();
  });

  it('refuses when the configured key is missing or not a UUID', () => {
    expect(refusalFor({ configuredKey: undefined, suppliedKey: undefined })).toBe('Configuration setting for BatchDeletionKey is missing or invalid');
    expect(refusalFor({ configuredKey: 'secret', suppliedKey: 'secret' })).toBe('Configuration setting for BatchDeletionKey is missing or invalid');
  });

  it('refuses a wrong secret key', () => {
    expect(refusalFor({ suppliedKey: '00000000-0000-4000-8000-000000000000' })).toBe('invalid token');
  });

  it('refuses a requestor who is not an institutional admin of the institution', () => {
    expect(refusalFor({ requestor: null })).toBe('invalid requestor id');
    expect(refusalFor({ requestor: { institutionId: 3, role: 'institutional_admin' } })).toBe('invalid requestor id');
    expect(refusalFor({ requestor: { institutionId: 2, role: 'institutional_user' } })).toBe('invalid requestor id');
  });

  it('refuses ids that are unknown, deleted, foreign or duplicated', () => {
    expect(refusalFor({ deletableObjectCount: 2 })).toBe('one or more object ids is invalid');
    expect(refusalFor({ requestedObjectCount: 0, deletableObjectCount: 0 })).toBe('one or more object ids is invalid');
  });

  it('refuses objects with pending work items', () => {
    expect(refusalFor({ pendingWorkItemCount: 1 })).toBe('task cannot be completed because this object has pending work items');
  });
});
