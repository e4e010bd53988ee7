import { deletionApprovalFailure, type DeletionApprovalFacts } from '../../../shared/domain/deletion-approval.rules.js';
import { STATE_DELETED } from '../../../shared/domain/object-state.js';
import { hasPassedRetentionPeriod, type RetentionMinimums } from '../../../shared/domain/storage-option.js';
import { isAfter } from '../../../shared/domain/timestamp-order.js';
import { ZERO_TIME, type Timestamp } from '../../../shared/time/timestamp.js';

/** An object-level event (generic_file_id NULL) found as the newest of its type by `created_at` (data-model.md §4.3). */
export interface ObjectLevelEvent {
  readonly createdAt: Timestamp | null;
}

export interface ObjectDeletionFacts extends DeletionApprovalFacts {
  readonly object: {
    readonly state: string | null;
    readonly createdAt: Timestamp;
    readonly storageOption: string | null;
  };
  readonly hasActiveFiles: boolean;
  readonly lastIngestionEvent: ObjectLevelEvent | null;
  readonly lastDeletionEvent: ObjectLevelEvent | null;
}

export const ACTIVE_FILES_MESSAGE = 'cannot delete object with active files';

/** The first failing precondition of an object delete, in the reference's order; null when it may proceed. */
export function objectDeletionPreconditions(facts: ObjectDeletionFacts, retention: RetentionMinimums, now: Timestamp): string | null {
  const { object } = facts;
  if (facts.hasActiveFiles) return ACTIVE_FILES_MESSAGE;
  if (object.state === STATE_DELETED) return 'Object is already in deleted state';
  if (!facts.lastIngestionEvent) return "Can't find last ingest event";
  if (deletedSinceIngest(facts.lastIngestionEvent, facts.lastDeletionEvent)) return 'Object has already been deleted since last ingest';
  if (!hasPassedRetentionPeriod(object.createdAt, object.storageOption, retention, now)) return 'Object has not passed minimum retention period';
  return deletionApprovalFailure(facts);
}

function deletedSinceIngest(ingestion: ObjectLevelEvent, deletion: ObjectLevelEvent | null): boolean {
  return deletion !== null && isAfter(deletion.createdAt ?? ZERO_TIME, ingestion.createdAt ?? ZERO_TIME);
}

/** The row changes of a soft delete (the deletion event is built separately). */
export const objectDeletionChanges = (now: Timestamp) => ({ state: STATE_DELETED, updatedAt: now });
