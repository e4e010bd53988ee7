import { STATE_DELETED } from '../../../shared/domain/object-state.js';
import { hasPassedRetentionPeriod, type RetentionMinimums } from '../../../shared/domain/storage-option.js';
import type { Timestamp } from '../../../shared/time/timestamp.js';
import { PENDING_WORK_ITEMS_MESSAGE } from '../../../shared/domain/pending-work.js';

export interface DeletionTargetFacts {
  readonly kind: 'object' | 'file';
  readonly state: string | null;
  readonly createdAt: Timestamp;
  readonly storageOption: string | null;
  /** Work not completed on the record, or (for a file) on its object's bag. */
  readonly hasPendingWork: boolean;
}

/**
 * Why a single object or file may not be put up for deletion now; null when it may.
 * Fix (reference gaps): the reference checked only pending work (for files, not their object's), and
 * let deleted records and records still inside their retention period be requested.
 */
export function deletionRequestRefusal(target: DeletionTargetFacts, retention: RetentionMinimums, now: Timestamp): string | null {
  if (target.hasPendingWork) return PENDING_WORK_ITEMS_MESSAGE;
  const label = target.kind === 'object' ? 'Object' : 'File';
  if (target.state === STATE_DELETED) return `${label} is already in deleted state`;
  if (!hasPassedRetentionPeriod(target.createdAt, target.storageOption, retention, now)) return `${label} has not passed minimum retention period`;
  return null;
}
