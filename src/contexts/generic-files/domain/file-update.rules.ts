import {
  coerceStorageOption,
  preservedRecordChangeViolations,
  resourceIdMismatch,
  type ResourceIds,
} from '../../../shared/domain/record-update.rules.js';
import type { Timestamp } from '../../../shared/time/timestamp.js';
import type { GenericFileFields, StoredGenericFile } from './generic-file.js';

export interface SubmittedGenericFile extends ResourceIds, Pick<GenericFileFields, 'identifier' | 'storageOption'> {}

/** Admin create (single or batch): each body needs id 0 and the URL's institution. */
export function fileCreateViolation(urlInstitutionId: number, submitted: ResourceIds): string | null {
  return resourceIdMismatch({ id: 0, institutionId: urlInstitutionId }, submitted);
}

/**
 * Admin update, as the reference effectively enforces it: only the URL id / stored institution match.
 * Keep (reference quirk, Preserv depends on it): `ValidateChanges` runs but its result is discarded;
 * see `fileChangeViolations` for the full rules.
 */
export function fileUpdateViolation(urlId: number, stored: StoredGenericFile, submitted: ResourceIds): string | null {
  return resourceIdMismatch({ id: urlId, institutionId: stored.institutionId }, submitted);
}

/** The values an admin update takes from the stored row: the storage option of an active file, and created_at. */
export function applyStoredFileValuesOnUpdate<T extends { readonly storageOption: string | null; readonly createdAt: Timestamp | null }>(
  stored: StoredGenericFile,
  submitted: T,
): T {
  return { ...submitted, storageOption: coerceStorageOption(stored, submitted.storageOption), createdAt: stored.createdAt };
}

/** The full immutability rules (`ValidateChanges`), for paths other than the admin API; first message first. */
export function fileChangeViolations(stored: StoredGenericFile, updated: SubmittedGenericFile): string[] {
  return preservedRecordChangeViolations(stored, updated);
}
