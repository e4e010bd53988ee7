import { STATE_DELETED } from '../../../shared/domain/object-state.js';

import { PENDING_WORK_ITEMS_MESSAGE } from '../../../shared/domain/pending-work.js';
export const DELETED_OBJECT_RESTORE_MESSAGE = 'cannot restore a deleted object';

export interface ObjectRestorationFacts {
  readonly state: string | null;
  /** Work items of the object's institution named like its bag (so a re-ingest without an object id counts) that have not completed. */
  readonly hasPendingWork: boolean;
}

/**
 * Why an object cannot be restored now; null when it can.
 * Fix (reference gap): the reference restores deleted objects when asked through the API; they are refused.
 */
export function objectRestorationRefusal(facts: ObjectRestorationFacts): string | null {
  if (facts.hasPendingWork) return PENDING_WORK_ITEMS_MESSAGE;
  if (facts.state === STATE_DELETED) return DELETED_OBJECT_RESTORE_MESSAGE;
  return null;
}
