import {
  ID_MISMATCH_MESSAGE,
  INSTITUTION_ID_CHANGE_MESSAGE,
  resourceIdMismatch,
  type ResourceIds,
} from '../../../shared/domain/record-update.rules.js';
import { mayFinishDeletionRequest } from './deletion-completed-alert.rules.js';
import { triggersRestorationAlert } from './restoration-alert.rules.js';
import type { WorkItemFields } from './work-item.js';

export type WorkItemIdentity = Pick<WorkItemFields, 'id' | 'institutionId' | 'intellectualObjectId' | 'genericFileId' | 'name' | 'etag' | 'action'>;

/** Admin create: the body's id must be 0 and its institution the URL's. */
export function workItemCreateViolation(urlInstitutionId: number, submitted: ResourceIds): string | null {
  return resourceIdMismatch({ id: 0, institutionId: urlInstitutionId }, submitted);
}

/**
 * Admin update, as the reference effectively enforces it: only the URL id / stored institution match.
 * Keep (reference quirk, Preserv depends on it): immutable-field violations are not enforced here,
 * because Preserv changes intellectual_object_id (NULL → id) when an ingest finishes.
 */
export function workItemUpdateViolation(urlId: number, stored: Pick<WorkItemFields, 'institutionId'>, submitted: ResourceIds): string | null {
  return resourceIdMismatch({ id: urlId, institutionId: stored.institutionId }, submitted);
}

const unset = (id: number | null): boolean => id === null || id <= 0;
const changedId = (before: number | null, after: number | null): boolean => (before ?? 0) !== (after ?? 0);
/** An object or file id may be set once, from unset to a value, but never changed or cleared. */
const changedOnceSetId = (before: number | null, after: number | null): boolean => !unset(before) && changedId(before, after);

/**
 * The immutable fields of a work item (`ValidateChanges`), for paths other than the admin API; first message first.
 * Fix (reference quirk, workflows §3.5): linking an ingest item to its object (unset → id) is allowed.
 */
export function workItemChangeViolations(stored: WorkItemIdentity, updated: WorkItemIdentity): string[] {
  const violations: [boolean, string][] = [
    [changedId(stored.id, updated.id), ID_MISMATCH_MESSAGE],
    [changedId(stored.institutionId, updated.institutionId), INSTITUTION_ID_CHANGE_MESSAGE],
    [changedOnceSetId(stored.intellectualObjectId, updated.intellectualObjectId), 'intellectual object id cannot change'],
    [changedOnceSetId(stored.genericFileId, updated.genericFileId), 'generic file id cannot change'],
    [(stored.name ?? '') !== (updated.name ?? ''), 'name cannot change'],
    [(stored.etag ?? '') !== (updated.etag ?? ''), 'etag cannot change'],
    [(stored.action ?? '') !== (updated.action ?? ''), 'action cannot change'],
  ];
  return violations.filter(([failed]) => failed).map(([, message]) => message);
}

/**
 * Whether saving `item` could raise an alert (Restoration Completed, Deletion Completed), whatever
 * status the save replaces. Saves that cannot need neither the stored row nor a transaction.
 */
export function saveMayRaiseAlert(item: Pick<WorkItemFields, 'action' | 'status' | 'deletionRequestId'>): boolean {
  return triggersRestorationAlert(null, item) || mayFinishDeletionRequest(null, item);
}
