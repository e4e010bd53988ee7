import { deletionRequestRefusal, type DeletionTargetFacts } from './deletion-request-creation.rules.js';

const retention = { glacier: 90, glacierDeep: 180, wasabi: 90, standard: 0 };
const now = '2026-06-01T00:00:00Z';
const deletable: DeletionTargetFacts = { kind: 'object', state: 'A', createdAt: '2026-01-01T00:00:00Z', storageOption: 'Glacier-OR', hasPendingWork: false };
const refusal = (changes: Partial<DeletionTargetFacts>) => deletionRequestRefusal({ ...deletable, ...changes }, retention, now);

describe(deletionRequestRefusal.name, () => {
  it('allows an active record past its retention period without pending work', () => {
    expect(refusal({})).toBeNull();
  });

  it('refuses pending work first, then a deleted record, then one inside its retention period', () => {
    expect(refusal({ hasPendingWork: true, state: 'D' })).toBe('task cannot be completed because this object has pending work items');
    expect(refusal({ state: 'D', createdAt: now })).toBe('Object is already in deleted state');
    expect(refusal({ kind: 'file', state: 'D' })).toBe('File is already in deleted state');
    expect(refusal({ createdAt: '2026-05-01T00:00:00Z' })).toBe('Object has not passed minimum retention period');
    expect(refusal({ kind: 'file', storageOption: 'Glacier-Deep-OR' })).toBe('File has not passed minimum retention period');
  });
});
