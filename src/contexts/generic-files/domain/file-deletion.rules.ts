import { deletionApprovalFailure, type DeletionApprovalFacts } from '../../../shared/domain/deletion-approval.rules.js';
import { STATE_DELETED } from '../../../shared/domain/object-state.js';
import { hasPassedRetentionPeriod, type RetentionMinimums } from '../../../shared/domain/storage-option.js';
import type { Timestamp } from '../../../shared/time/timestamp.js';

/**
 * `deletionWorkItem` is the newest `Delete` work item in status `Started` for this file
 * (generic_file_id = file) or for its parent object (intellectual_object_id = the file's object).
 */
export interface FileDeletionFacts extends DeletionApprovalFacts {
  readonly file: {
    readonly state: string | null;
    readonly createdAt: Timestamp;
    readonly storageOption: string | null;
  };
}

/** The first failing precondition of a file delete, in the reference's order; null when it may proceed. */
export function fileDeletionPreconditions(facts: FileDeletionFacts, retention: RetentionMinimums, now: Timestamp): string | null {
  const { file } = facts;
  if (file.state === STATE_DELETED) return 'File is already in deleted state';
  if (!hasPassedRetentionPeriod(file.createdAt, file.storageOption, retention, now)) return 'File has not passed minimum retention period';
  return deletionApprovalFailure(facts);
}

/** The row changes of a soft delete; the deletion event and the hard delete of storage records come with it. */
export const fileDeletionChanges = (now: Timestamp) => ({ state: STATE_DELETED, updatedAt: now });
