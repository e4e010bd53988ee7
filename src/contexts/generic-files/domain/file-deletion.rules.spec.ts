import type { RetentionMinimums } from '../../../shared/domain/storage-option.js';
import { fileDeletionChanges, fileDeletionPreconditions, type FileDeletionFacts } from './file-deletion.rules.js';

const retention: RetentionMinimums = { glacier: 90, glacierDeep: 180, wasabi: 90, standard: 0 };
const now = '2024-06-01T00:00:00Z';

const approved: FileDeletionFacts = {
  file: { state: 'A', createdAt: '2024-01-01T00:00:00Z', storageOption: 'Standard' },
  deletionWorkItem: { id: 77, instApprover: 'admin@inst1.edu' },
  deletionRequest: { id: 8, requestedById: 3, confirmedById: 4 },
};

const failureFor = (changes: Partial<FileDeletionFacts>) => fileDeletionPreconditions({ ...approved, ...changes }, retention, now);

describe(fileDeletionPreconditions.name, () => {
  it('passes when every precondition holds', () => {
    expect(failureFor({})).toBeNull();
  });

  it('refuses a file already in state D first', () => {
    expect(failureFor({ file: { ...approved.file, state: 'D', storageOption: 'Glacier-Deep-OH' }, deletionWorkItem: null })).toBe('File is already in deleted state');
  });

  it('refuses before the retention period has passed', () => {
    expect(failureFor({ file: { ...approved.file, storageOption: 'Glacier-OH', createdAt: '2024-04-01T00:00:00Z' }, deletionWorkItem: null }))
      .toBe('File has not passed minimum retention period');
  });

  it('refuses without approval', () => {
    expect(failureFor({ deletionWorkItem: null })).toBe('Missing deletion request work item');
    expect(failureFor({ deletionRequest: { id: 8, requestedById: null, confirmedById: 4 } })).toBe('Deletion request 8 has no requestor');
  });
});

describe(fileDeletionChanges.name, () => {
  it('sets state D and updated_at', () => {
    expect(fileDeletionChanges(now)).toEqual({ state: 'D', updatedAt: now });
  });
});
