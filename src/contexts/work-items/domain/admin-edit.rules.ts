import type { ValidationError } from '../../../shared/domain/validation.js';
import { ACTION_INGEST, STATUS_SUCCESS, type WorkItemFields } from './work-item.js';

/** The fields of the sys-admin edit form (workflows.md §3.8), by their form names. */
export const ADMIN_EDIT_FIELDS = ['Stage', 'Status', 'Retry', 'NeedsAdminReview', 'Note', 'Node', 'PID', 'IntellectualObjectID'] as const;
export type AdminEditForm = Partial<Record<(typeof ADMIN_EDIT_FIELDS)[number], string>>;

export type AdminEditChanges = Pick<WorkItemFields, 'stage' | 'status' | 'retry' | 'needsAdminReview' | 'note' | 'node' | 'pid' | 'intellectualObjectId'>;

/**
 * The one case where the object link may be set by hand: an ingest that succeeded without one
 * ("ingest object link missing", workflows.md §3.5 and §3.8).
 */
export const isMissingIngestObjectLink = (item: Pick<WorkItemFields, 'action' | 'status' | 'intellectualObjectId'>): boolean =>
  item.action === ACTION_INGEST && item.status === STATUS_SUCCESS && !item.intellectualObjectId;

/** The identifier of the object an ingest creates: `<institution identifier>/<name without .tar>`. */
export const ingestObjectIdentifier = (institutionIdentifier: string, name: string | null): string =>
  `${institutionIdentifier}/${(name ?? '').replace(/\.tar$/, '')}`;

const problem = (field: string, jsonField: string, message: string): ValidationError => ({ field, jsonField, message });

/**
 * The changes a sys admin's edit makes, or the problems with the form. As in the reference, which
 * binds the form over the stored item, a field the form leaves out keeps its stored value. Stage and Status are checked
 * by the work item validation that runs on the save; here the form's own values are parsed. The
 * object link changes only to `linkableObjectId` (the matching object of a missing ingest link);
 * anything else submitted for it is ignored, as the field is read-only then.
 */
export function adminEditChanges(
  current: WorkItemFields,
  form: AdminEditForm,
  linkableObjectId: number | null,
): { ok: true; changes: AdminEditChanges } | { ok: false; errors: ValidationError[] } {
  const errors: ValidationError[] = [];
  const pidText = form.PID?.trim();
  const pid = pidText === undefined ? current.pid : pidText === '' ? 0 : Number(pidText);
  if (pid !== null && (!Number.isSafeInteger(pid) || pid < 0)) errors.push(problem('PID', 'pid', 'PID must be a whole number, 0 or more.'));
  let objectId = current.intellectualObjectId;
  const requested = (form.IntellectualObjectID ?? '').trim();
  if (linkableObjectId !== null && requested !== '') {
    if (requested === String(linkableObjectId)) objectId = linkableObjectId;
    else errors.push(problem('IntellectualObjectID', 'intellectual_object_id', 'Choose the object this ingest created, or none.'));
  }
  if (errors.length > 0) return { ok: false, errors };
  const node = form.Node?.trim();
  return {
    ok: true,
    changes: {
      stage: form.Stage ?? current.stage,
      status: form.Status ?? current.status,
      retry: parseGoBool(form.Retry) ?? current.retry,
      needsAdminReview: parseGoBool(form.NeedsAdminReview) ?? current.needsAdminReview,
      note: form.Note ?? current.note,
      node: node === undefined ? current.node : node === '' ? null : node,
      pid,
      intellectualObjectId: objectId,
    },
  };
}

/** A form boolean as Go's strconv.ParseBool reads it; undefined when absent or unreadable. */
function parseGoBool(value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(value)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(value)) return false;
  return undefined;
}
