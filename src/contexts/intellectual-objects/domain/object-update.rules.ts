import {
  coerceStorageOption,
  preservedRecordChangeViolations,
  resourceIdMismatch,
  type ResourceIds,
} from '../../../shared/domain/record-update.rules.js';
import type { Timestamp } from '../../../shared/time/timestamp.js';
import type { IntellectualObjectFields, StoredIntellectualObject } from './intellectual-object.js';

export interface SubmittedIntellectualObject extends ResourceIds, Pick<IntellectualObjectFields, 'identifier' | 'storageOption'> {}

/** Admin create: the body's id must be 0 and its institution the URL's. */
export function objectCreateViolation(urlInstitutionId: number, submitted: ResourceIds): string | null {
  return resourceIdMismatch({ id: 0, institutionId: urlInstitutionId }, submitted);
}

/**
 * Admin update, as the reference effectively enforces it: only the URL id / stored institution match.
 * Keep (reference quirk, Preserv depends on it): the reference computes `ValidateChanges` but discards
 * the result, so identifier and institution changes are not refused here; see `objectChangeViolations`.
 */
export function objectUpdateViolation(urlId: number, stored: StoredIntellectualObject, submitted: ResourceIds): string | null {
  return resourceIdMismatch({ id: urlId, institutionId: stored.institutionId }, submitted);
}

/** The values the admin update takes from the stored row: the storage option of an active object, and created_at. */
export function applyStoredObjectValuesOnUpdate<T extends { readonly storageOption: string | null; readonly createdAt: Timestamp | null }>(
  stored: StoredIntellectualObject,
  submitted: T,
): T {
  return { ...submitted, storageOption: coerceStorageOption(stored, submitted.storageOption), createdAt: stored.createdAt };
}

/** The full immutability rules (`ValidateChanges`), for paths other than the admin API; first message first. */
export function objectChangeViolations(stored: StoredIntellectualObject, updated: SubmittedIntellectualObject): string[] {
  return preservedRecordChangeViolations(stored, updated);
}
