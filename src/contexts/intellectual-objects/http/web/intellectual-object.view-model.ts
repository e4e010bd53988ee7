import { earliestDeletionDate, isGlacierOnly, STORAGE_OPTIONS, type RetentionMinimums } from '../../../../shared/domain/storage-option.js';
import { isBefore } from '../../../../shared/domain/timestamp-order.js';
import { humanSize, stateBadge, type Badge } from '../../../../shared/web/list-view.js';
import type { Timestamp } from '../../../../shared/time/timestamp.js';
import type { IntellectualObjectViewRow, ObjectFormatStat } from '../../application/intellectual-object.read-model.js';

export const STORAGE_OPTION_CHOICES = STORAGE_OPTIONS.map((o) => ({ value: o, label: o }));
export const ACCESS_CHOICES = ['consortia', 'institution', 'restricted'].map((a) => ({ value: a, label: a[0].toUpperCase() + a.slice(1) }));

/** Labels of the object list's filters, for the filter chips. */
export const OBJECT_FILTER_LABELS: Readonly<Record<string, string>> = {
  identifier: 'Identifier',
  identifier__starts_with: 'Identifier starts with',
  state: 'State',
  storage_option: 'Storage option',
  institution_id: 'Institution',
  institution_parent_id: 'Parent institution',
  access: 'Access',
  alt_identifier: 'Alternate identifier',
  alt_identifier__starts_with: 'Alternate identifier starts with',
  bag_group_identifier: 'Bag group',
  bag_group_identifier__starts_with: 'Bag group starts with',
  bag_name: 'Bag name',
  bagit_profile_identifier: 'BagIt profile',
  source_organization: 'Source organization',
  internal_sender_identifier: 'Internal sender identifier',
  internal_sender_description: 'Internal sender description',
  etag: 'ETag',
  created_at__gteq: 'Created on or after',
  created_at__lteq: 'Created on or before',
  updated_at__gteq: 'Updated on or after',
  updated_at__lteq: 'Updated on or before',
  file_count__gteq: 'At least files',
  file_count__lteq: 'At most files',
  size__gteq: 'At least bytes',
  size__lteq: 'At most bytes',
};

export const OBJECT_SORT_COLUMNS = {
  identifier: 'Identifier',
  institution_name: 'Institution',
  storage_option: 'Storage option',
  file_count: 'Files',
  size: 'Size',
  state: 'State',
  updated_at: 'Updated',
} as const;

export interface ObjectListRowViewModel {
  readonly id: number;
  readonly href: string;
  readonly identifier: string;
  readonly title: string;
  readonly institutionName: string;
  readonly storageOption: string;
  readonly fileCount: number;
  readonly size: string;
  readonly state: Badge;
  readonly updatedAt: Timestamp;
}

export function toObjectListRow(row: IntellectualObjectViewRow): ObjectListRowViewModel {
  return {
    id: row.id,
    href: `/objects/show/${row.id}`,
    identifier: row.identifier ?? '',
    title: row.title ?? '',
    institutionName: row.institution_name ?? '',
    storageOption: row.storage_option ?? '',
    fileCount: row.file_count ?? 0,
    size: humanSize(row.size ?? 0),
    state: stateBadge(row.state),
    updatedAt: row.updated_at,
  };
}

/** An action button of the object page: shown when the user may take it, disabled with a reason when it cannot be taken now. */
export interface ObjectAction {
  readonly shown: boolean;
  readonly disabledReason: string | null;
}

export interface ObjectActionFacts {
  readonly state: string | null;
  readonly hasPendingWork: boolean;
  readonly passedRetention: boolean;
  readonly earliestDeletion: string;
  readonly mayRestore: boolean;
  readonly mayRequestDelete: boolean;
}

export const PENDING_WORK_REASON = 'This object has work items that have not completed. Please wait until they finish.';
export const DELETED_REASON = 'This object has been deleted.';

/** Which of Restore and Delete the page offers, and why one is disabled (workflows.md §1.3, §2.1). */
export function objectActions(facts: ObjectActionFacts): { restore: ObjectAction; requestDelete: ObjectAction } {
  const blocked = facts.state === 'D' ? DELETED_REASON : facts.hasPendingWork ? PENDING_WORK_REASON : null;
  return {
    restore: { shown: facts.mayRestore, disabledReason: blocked },
    requestDelete: {
      shown: facts.mayRequestDelete,
      disabledReason: blocked ?? (facts.passedRetention ? null : `This object cannot be deleted before ${facts.earliestDeletion}, the end of its storage option's minimum retention period.`),
    },
  };
}

export interface ObjectDetailViewModel {
  readonly object: IntellectualObjectViewRow;
  readonly state: Badge;
  readonly size: string;
  readonly payloadSize: string;
  readonly earliestDeletionDate: string;
  readonly glacierOnly: boolean;
  readonly formatStats: readonly (ObjectFormatStat & { readonly size: string })[];
}

export function toObjectDetailViewModel(
  object: IntellectualObjectViewRow,
  formatStats: readonly ObjectFormatStat[],
  retention: RetentionMinimums,
): ObjectDetailViewModel {
  return {
    object,
    state: stateBadge(object.state),
    size: humanSize(object.size ?? 0),
    payloadSize: humanSize(object.payload_size ?? 0),
    earliestDeletionDate: earliestDeletionDate(object.created_at, object.storage_option, retention).slice(0, 10),
    glacierOnly: isGlacierOnly(object.storage_option),
    formatStats: formatStats.map((s) => ({ ...s, file_format: s.is_total ? 'Total' : s.file_format || '(unknown)', size: humanSize(s.total_bytes) })),
  };
}

/** Deletion is allowed once the earliest deletion date is strictly before `now`. */
export const hasPassedRetention = (object: IntellectualObjectViewRow, retention: RetentionMinimums, now: Timestamp): boolean =>
  isBefore(earliestDeletionDate(object.created_at, object.storage_option, retention), now);
