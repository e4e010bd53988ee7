import { STATE_DELETED } from '../../../shared/domain/object-state.js';

export const PENDING_WORK_MESSAGE = 'task cannot be completed because this object has pending work items';
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
  if (facts.hasPendingWork) return PENDING_WORK_MESSAGE;
  if (facts.state === STATE_DELETED) return DELETED_OBJECT_RESTORE_MESSAGE;
  return null;
}
