import { isBlank, isPresentId } from '../../../shared/domain/validation.js';
import { ACTION_INGEST, STATUS_SUCCESS, type WorkItemFields } from './work-item.js';

export interface WorkItemObjectNaming {
  /** The linked object's identifier (work_items_view.object_identifier); null for ingests not yet recorded. */
  readonly objectIdentifier: string | null;
  readonly institutionIdentifier: string | null;
  readonly name: string | null;
}

/** The object identifier of a work item: the linked object's, else `<institution identifier>/<name without .tar>`. */
export function objIdentifier(item: WorkItemObjectNaming): string {
  if (!isBlank(item.objectIdentifier)) return item.objectIdentifier as string;
  return `${item.institutionIdentifier ?? ''}/${(item.name ?? '').replace(/\.tar$/, '')}`;
}

/** A successful ingest that was never linked to its object (the sys-admin edit form offers the repair). */
export function ingestObjectLinkIsMissing(item: Pick<WorkItemFields, 'action' | 'status' | 'intellectualObjectId'>): boolean {
  return item.action === ACTION_INGEST && item.status === STATUS_SUCCESS && !isPresentId(item.intellectualObjectId);
}
