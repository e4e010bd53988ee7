import { isGlacierOnly, STORAGE_OPTIONS } from '../../../../shared/domain/storage-option.js';
import { humanSize, stateBadge, type Badge } from '../../../../shared/web/list-view.js';
import type { Timestamp } from '../../../../shared/time/timestamp.js';
import type { GenericFileViewRow } from '../../application/generic-file.read-model.js';

export const STORAGE_OPTION_CHOICES = STORAGE_OPTIONS.map((o) => ({ value: o, label: o }));

/** Labels of the file list's filters, for the filter chips. */
export const FILE_FILTER_LABELS: Readonly<Record<string, string>> = {
  identifier: 'Identifier',
  uuid: 'UUID',
  intellectual_object_id: 'Object id',
  institution_id: 'Institution',
  state: 'State',
  storage_option: 'Storage option',
  size__gteq: 'At least bytes',
  size__lteq: 'At most bytes',
  created_at__gteq: 'Created on or after',
  created_at__lteq: 'Created on or before',
  updated_at__gteq: 'Updated on or after',
  updated_at__lteq: 'Updated on or before',
  last_fixity_check__gteq: 'Fixity checked on or after',
  last_fixity_check__lteq: 'Fixity checked on or before',
};

export const FILE_SORT_COLUMNS = {
  identifier: 'Identifier',
  institution_name: 'Institution',
  size: 'Size',
  storage_option: 'Storage option',
  state: 'State',
  last_fixity_check: 'Last fixity check',
  updated_at: 'Updated',
} as const;

export interface FileListRowViewModel {
  readonly id: number;
  readonly href: string;
  readonly identifier: string;
  readonly objectHref: string | null;
  readonly institutionName: string;
  readonly format: string;
  readonly size: string;
  readonly storageOption: string;
  readonly state: Badge;
  readonly lastFixityCheck: Timestamp;
  readonly updatedAt: Timestamp;
}

export function toFileListRow(row: GenericFileViewRow): FileListRowViewModel {
  return {
    id: row.id,
    href: `/files/show/${row.id}`,
    identifier: row.identifier ?? '',
    objectHref: row.intellectual_object_id ? `/objects/show/${row.intellectual_object_id}` : null,
    institutionName: row.institution_name ?? '',
    format: row.file_format ?? '',
    size: humanSize(row.size ?? 0),
    storageOption: row.storage_option,
    state: stateBadge(row.state),
    lastFixityCheck: row.last_fixity_check,
    updatedAt: row.updated_at,
  };
}

export const FILE_PENDING_WORK_REASON = 'This file or its object has work items that have not completed. Please wait until they finish.';

/** The file page's Restore button: shown for active files to users who may restore, disabled while work is pending. */
/** The Delete (request) button: institutional admins of the file's institution, for an active file without pending work. */
export function fileDeleteAction(file: Pick<GenericFileViewRow, 'state'>, mayRequestDelete: boolean, hasPendingWork: boolean) {
  return { shown: mayRequestDelete && file.state === 'A', disabledReason: hasPendingWork ? FILE_PENDING_WORK_REASON : null };
}

export function fileRestoreAction(file: Pick<GenericFileViewRow, 'state' | 'storage_option'>, mayRestore: boolean, hasPendingWork: boolean) {
  return {
    shown: mayRestore && file.state === 'A',
    disabledReason: hasPendingWork ? FILE_PENDING_WORK_REASON : null,
    label: isGlacierOnly(file.storage_option) ? 'Restore from Glacier' : 'Restore',
  };
}
