import { STORAGE_OPTIONS } from '../../../../shared/domain/storage-option.js';
import { humanSize, type Badge } from '../../../../shared/web/list-view.js';
import type { WorkItemViewRow } from '../../application/work-item.read-model.js';
import { ACTION_INGEST, hasCompleted, requeueStageChoices, STAGES, STATUSES, WORK_ITEM_ACTIONS } from '../../domain/index.js';

const choices = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));
export const ACTION_CHOICES = choices(WORK_ITEM_ACTIONS);
export const STAGE_CHOICES = choices(STAGES);
export const STATUS_CHOICES = choices(STATUSES);
export const STORAGE_OPTION_CHOICES = choices(STORAGE_OPTIONS);
export const YES_NO_CHOICES = [
  { value: 'true', label: 'Yes' },
  { value: 'false', label: 'No' },
];

export const WORK_ITEM_FILTER_LABELS: Readonly<Record<string, string>> = {
  action: 'Action',
  stage: 'Stage',
  status: 'Status',
  institution_id: 'Institution',
  name: 'Name',
  object_identifier: 'Object identifier',
  generic_file_identifier: 'File identifier',
  intellectual_object_id: 'Object id',
  generic_file_id: 'File id',
  etag: 'ETag',
  bucket: 'Bucket',
  user: 'User',
  storage_option: 'Storage option',
  needs_admin_review: 'Needs admin review',
  retry: 'Retry',
  date_processed__gteq: 'Processed on or after',
  date_processed__lteq: 'Processed on or before',
  bag_date__gteq: 'Bag date on or after',
  bag_date__lteq: 'Bag date on or before',
  alt_identifier: 'Alternate identifier',
  bag_group_identifier: 'Bag group',
  bagit_profile_identifier: 'BagIt profile',
  size__gteq: 'At least bytes',
  size__lteq: 'At most bytes',
};

export const WORK_ITEM_SORT_COLUMNS = {
  name: 'Name',
  institution_name: 'Institution',
  action: 'Action',
  stage: 'Stage',
  status: 'Status',
  date_processed: 'Processed',
  updated_at: 'Updated',
} as const;

export function statusBadge(status: string | null): Badge {
  switch (status) {
    case 'Success':
      return { label: status, tone: 'ok' };
    case 'Failed':
      return { label: status, tone: 'bad' };
    case 'Cancelled':
    case 'Suspended':
      return { label: status, tone: 'warn' };
    default:
      return { label: status ?? '', tone: '' };
  }
}

export interface WorkItemViewModel extends WorkItemViewRow {
  readonly href: string;
  readonly statusBadge: Badge;
  readonly objectHref: string | null;
  readonly fileHref: string | null;
  readonly sizeLabel: string;
  readonly completed: boolean;
}

export function toWorkItemViewModel(row: WorkItemViewRow): WorkItemViewModel {
  return {
    ...row,
    href: `/work_items/show/${row.id}`,
    statusBadge: statusBadge(row.status),
    objectHref: row.intellectual_object_id ? `/objects/show/${row.intellectual_object_id}` : null,
    fileHref: row.generic_file_id ? `/files/show/${row.generic_file_id}` : null,
    sizeLabel: humanSize(row.size ?? 0),
    completed: hasCompleted(row.status),
  };
}

/** The sys admin's requeue form: only for items that have not completed (workflows.md §3.7). */
export function requeueForm(row: Pick<WorkItemViewRow, 'action' | 'stage' | 'status'>): { stages: string[]; current: string } | null {
  if (hasCompleted(row.status)) return null;
  const stages = requeueStageChoices({ action: row.action, stage: row.stage });
  return { stages, current: stages.includes(row.stage ?? '') ? (row.stage ?? '') : stages[0] };
}

/** The Redis delete button is offered for completed items and for ingests (workflows.md §9.2). */
export const offersRedisDelete = (row: Pick<WorkItemViewRow, 'action' | 'status'>): boolean => hasCompleted(row.status) || row.action === ACTION_INGEST;
