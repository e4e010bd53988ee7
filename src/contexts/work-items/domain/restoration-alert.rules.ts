import { isBlank, isPresentId } from '../../../shared/domain/validation.js';
import { ACTION_RESTORE_FILE, ACTION_RESTORE_OBJECT, STATUS_SUCCESS, type WorkItemFields } from './work-item.js';

const RESTORED_TO = ' restored to ';

/**
 * Whether saving this item sends a "Restoration Completed" alert (Glacier Restore items never do).
 * `previousStatus` is the stored status before the save, null on insert.
 * Fix (reference quirk): the reference alerted on every save of a successful restore, so a second
 * update sent a duplicate; we alert only on the transition into Success.
 */
export function triggersRestorationAlert(previousStatus: string | null, item: Pick<WorkItemFields, 'action' | 'status'>): boolean {
  const isRestore = item.action === ACTION_RESTORE_OBJECT || item.action === ACTION_RESTORE_FILE;
  return isRestore && item.status === STATUS_SUCCESS && previousStatus !== STATUS_SUCCESS;
}

/** Preserv writes "Object <identifier> restored to <url>."; the URL is the text after " restored to " without the final dot. */
export function restorationUrlFromNote(note: string | null): string | null {
  const at = note?.indexOf(RESTORED_TO) ?? -1;
  if (note == null || at < 0) return null;
  const url = note.slice(at + RESTORED_TO.length).trim().replace(/\.$/, '');
  return url === '' ? null : url;
}

/** Only object restorations can be spot tests: the item is one when an institution tracks it as its last spot test. */
export function isSpotTestRestoration(item: Pick<WorkItemFields, 'action'>, trackedBySomeInstitution: boolean): boolean {
  return item.action === ACTION_RESTORE_OBJECT && trackedBySomeInstitution;
}

export interface RestoredItemNaming {
  readonly genericFileId: number | null;
  readonly genericFileIdentifier: string | null;
  /** The item's object identifier (see `objIdentifier`). */
  readonly objectIdentifier: string;
}

/** What the alert calls the restored item: the file identifier for file restorations, else the object identifier. */
export function restoredItemName(item: RestoredItemNaming): string {
  return isPresentId(item.genericFileId) && !isBlank(item.genericFileIdentifier) ? (item.genericFileIdentifier as string) : item.objectIdentifier;
}
