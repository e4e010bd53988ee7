import type { Badge } from '../../../../shared/web/list-view.js';
import type { DeletionRequestViewRow } from '../../application/deletion-request.read-model.js';
import type { DeletionRequestDetail } from '../../application/deletion-request.record.js';

export const DELETION_FILTER_LABELS: Readonly<Record<string, string>> = {
  institution_id: 'Institution',
  requested_at__gteq: 'Requested on or after',
  requested_at__lteq: 'Requested on or before',
};

export const DELETION_SORT_COLUMNS = {
  requested_at: 'Requested',
  institution_name: 'Institution',
  requested_by_name: 'Requested by',
  file_count: 'Files',
  object_count: 'Objects',
} as const;

type Decision = Pick<DeletionRequestViewRow, 'confirmed_at' | 'cancelled_at'>;

/** Awaiting Approval, Approved or Rejected (a cancelled request), as the reference's list shows it. */
export function deletionStatusBadge(row: Decision): Badge {
  if (row.confirmed_at) return { label: 'Approved', tone: 'ok' };
  if (row.cancelled_at) return { label: 'Rejected', tone: 'bad' };
  return { label: 'Awaiting Approval', tone: 'warn' };
}

export interface DeletionListRow extends DeletionRequestViewRow {
  readonly href: string;
  readonly status: Badge;
}

export function toDeletionListRow(row: DeletionRequestViewRow): DeletionListRow {
  return { ...row, href: `/deletions/show/${row.id}`, status: deletionStatusBadge(row) };
}

/** What the review page shows: one object, a list of objects, or one file (workflows.md §1.4). */
export type ReviewKind = 'file' | 'object' | 'objects';

export function reviewKind(detail: Pick<DeletionRequestDetail, 'files' | 'objects'>): ReviewKind {
  if (detail.files.length > 0 && detail.objects.length === 0) return 'file';
  return detail.objects.length === 1 ? 'object' : 'objects';
}

const personName = (user: { name: string | null; email: string | null } | null): string => user?.name ?? user?.email ?? '';

export function toDeletionDetailViewModel(detail: DeletionRequestDetail) {
  return {
    request: detail.request,
    status: deletionStatusBadge(detail.request),
    kind: reviewKind(detail),
    requestedBy: personName(detail.requestedBy),
    requestedByEmail: detail.requestedBy?.email ?? '',
    confirmedBy: personName(detail.confirmedBy),
    cancelledBy: personName(detail.cancelledBy),
    files: detail.files.map((f) => ({ id: f.id, identifier: f.identifier, size: f.size, href: `/files/show/${f.id}` })),
    objects: detail.objects.map((o) => ({ id: o.id, identifier: o.identifier, title: o.title, href: `/objects/show/${o.id}` })),
    workItems: detail.workItems.map((w) => ({ id: w.id, action: w.action, status: w.status, name: w.name, href: `/work_items/show/${w.id}` })),
  };
}

/** The 201 "Deletion Requested" page after a request from an object or file page (views/deletions/requested.njk). */
export function toDeletionRequestedViewModel(detail: DeletionRequestDetail, backHref: string) {
  return { pageTitle: 'Deletion Requested', ...toDeletionDetailViewModel(detail), backHref };
}
