import { STATE_ACTIVE } from './object-state.js';

export const ID_MISMATCH_MESSAGE = 'resource or institution id mismatch';
export const INSTITUTION_ID_CHANGE_MESSAGE = 'institution id cannot change';
export const IDENTIFIER_CHANGE_MESSAGE = 'identifier cannot change';
export const STORAGE_OPTION_CHANGE_MESSAGE = 'cannot change storage option on active object';

export interface ResourceIds {
  readonly id: number | null;
  readonly institutionId: number | null;
}

/** Objects and files share the same update rules. */
export interface PreservedRecordSnapshot extends ResourceIds {
  readonly identifier: string | null;
  readonly state: string | null;
  readonly storageOption: string | null;
}

const idValue = (id: number | null): number => id ?? 0;

/**
 * The check every admin-API create and update runs before saving: the body's id must equal the URL's
 * resource id (0 on create) and the body's institution id must equal the resource's institution
 * (the URL's institution on create, the stored row's on update).
 */
export function resourceIdMismatch(expected: ResourceIds, submitted: ResourceIds): string | null {
  const matches = idValue(expected.id) === idValue(submitted.id)
    && idValue(expected.institutionId) === idValue(submitted.institutionId);
  return matches ? null : ID_MISMATCH_MESSAGE;
}

/** While the stored record is active its storage option wins; the admin API silently keeps it. */
export function coerceStorageOption(
  stored: Pick<PreservedRecordSnapshot, 'state' | 'storageOption'>,
  submittedOption: string | null,
): string | null {
  return stored.state === STATE_ACTIVE ? stored.storageOption : submittedOption;
}

/** Every change the reference's `ValidateChanges` forbids for objects and files, first one first. */
export function preservedRecordChangeViolations(
  stored: PreservedRecordSnapshot,
  updated: Omit<PreservedRecordSnapshot, 'state'>,
): string[] {
  const violations: [boolean, string][] = [
    [idValue(stored.id) !== idValue(updated.id), ID_MISMATCH_MESSAGE],
    [idValue(stored.institutionId) !== idValue(updated.institutionId), INSTITUTION_ID_CHANGE_MESSAGE],
    [(stored.identifier ?? '') !== (updated.identifier ?? ''), IDENTIFIER_CHANGE_MESSAGE],
    [stored.state === STATE_ACTIVE && stored.storageOption !== updated.storageOption, STORAGE_OPTION_CHANGE_MESSAGE],
  ];
  return violations.filter(([failed]) => failed).map(([, message]) => message);
}
