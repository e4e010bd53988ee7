import type { RetentionMinimums } from '../../../shared/domain/storage-option.js';
import { objectDeletionChanges, objectDeletionPreconditions, type ObjectDeletionFacts } from './object-deletion.rules.js';

const retention: RetentionMinimums = { glacier: 90, glacierDeep: 180, wasabi: 90, standard: 0 };
const now = '2024-06-01T00:00:00Z';

const approved: ObjectDeletionFacts = {
  object: { state: 'A', createdAt: '2024-01-01T00:00:00Z', storageOption: 'Standard' },
  hasActiveFiles: false,
  lastIngestionEvent: { createdAt: '2024-01-01T00:05:00Z' },
  lastDeletionEvent: null,
  deletionWorkItem: { id: 77, instApprover: 'admin@inst1.edu' },
  deletionRequest: { id: 8, requestedById: 3, confirmedById: 4 },
};

const failureFor = (changes: Partial<ObjectDeletionFacts>) => objectDeletionPreconditions({ ...approved, ...changes }, retention, now);

describe(objectDeletionPreconditions.name, () => {
  it('passes when every precondition holds', () => {
    expect(failureFor({})).toBeNull();
  });

  it('refuses an object with active files first', () => {
    expect(failureFor({ hasActiveFiles: true, object: { ...approved.object, state: 'D' }, deletionWorkItem: null })).toBe('cannot delete object with active files');
  });

  it('refuses an object already in state D', () => {
    expect(failureFor({ object: { ...approved.object, state: 'D' }, lastIngestionEvent: null })).toBe('Object is already in deleted state');
  });

  it('requires an object-level ingestion event', () => {
    expect(failureFor({ lastIngestionEvent: null })).toBe("Can't find last ingest event");
  });

  it('refuses when a deletion event is newer than the last ingestion', () => {
    expect(failureFor({ lastDeletionEvent: { createdAt: '2024-01-01T00:05:00.000001Z' } })).toBe('Object has already been deleted since last ingest');
  });

  it('allows a re-ingested object whose deletion event is older than or equal to the ingestion', () => {
    expect(failureFor({ lastDeletionEvent: { createdAt: '2023-06-01T00:00:00Z' } })).toBeNull();
    expect(failureFor({ lastDeletionEvent: { createdAt: '2024-01-01T00:05:00Z' } })).toBeNull();
  });

  it('treats a deletion event without date_time as the oldest possible', () => {
    expect(failureFor({ lastDeletionEvent: { createdAt: null } })).toBeNull();
  });

  it('refuses before the retention period has passed', () => {
    expect(failureFor({ object: { ...approved.object, storageOption: 'Glacier-Deep-VA' } })).toBe('Object has not passed minimum retention period');
  });

  it('applies the Wasabi minimum to Wasabi-TX', () => {
    expect(failureFor({ object: { ...approved.object, createdAt: '2024-04-01T00:00:00Z', storageOption: 'Wasabi-TX' } }))
      .toBe('Object has not passed minimum retention period');
  });

  it('checks approval last', () => {
    expect(failureFor({ deletionWorkItem: null })).toBe('Missing deletion request work item');
    expect(failureFor({ deletionWorkItem: { id: 77, instApprover: '' } })).toBe('Deletion work item is missing institutional approver');
    expect(failureFor({ deletionRequest: null })).toBe('No deletion request for work item 77');
    expect(failureFor({ deletionRequest: { id: 8, requestedById: 3, confirmedById: null } })).toBe('Deletion request 8 has no approver');
  });
});

describe(objectDeletionChanges.name, () => {
  it('sets state D and updated_at', () => {
    expect(objectDeletionChanges(now)).toEqual({ state: 'D', updatedAt: now });
  });
});
