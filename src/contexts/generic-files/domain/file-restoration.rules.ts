import { STATE_DELETED } from '../../../shared/domain/object-state.js';

import { PENDING_WORK_ITEMS_MESSAGE } from '../../../shared/domain/pending-work.js';
export const DELETED_FILE_RESTORE_MESSAGE = 'cannot restore a deleted file';

export interface FileRestorationFacts {
  readonly state: string | null;
  /** Unfinished work items of the file itself. */
  readonly fileHasPendingWork: boolean;
  /** Unfinished work items on the parent object's bag (an ingest or re-ingest in flight). */
  readonly objectHasPendingWork: boolean;
}

/**
 * Why a file cannot be restored now; null when it can.
 * Fix (reference gaps, workflows.md §0.3 and §2.2): pending work on the parent object blocks too, as
 * intended, and deleted files are refused.
 */
export function fileRestorationRefusal(facts: FileRestorationFacts): string | null {
  if (facts.fileHasPendingWork || facts.objectHasPendingWork) return PENDING_WORK_ITEMS_MESSAGE;
  if (facts.state === STATE_DELETED) return DELETED_FILE_RESTORE_MESSAGE;
  return null;
}
