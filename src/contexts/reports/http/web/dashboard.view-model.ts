import { humanSize, type Badge } from '../../../../shared/web/list-view.js';
import type { AlertViewRow } from '../../../alerts/index.js';
import type { WorkItemViewRow } from '../../../work-items/index.js';
import type { DepositSummaryRow } from '../../infrastructure/persistence/deposit-summary.read-queries.js';

export interface DepositSummaryViewModel {
  readonly storageOption: string;
  readonly objectCount: number;
  readonly fileCount: number;
  readonly size: string;
  readonly isTotal: boolean;
}

/** The deposits table: Total last; an institution without deposits gets one zero Total row. */
export function toDepositSummary(rows: readonly DepositSummaryRow[]): DepositSummaryViewModel[] {
  const shown = rows.length > 0 ? rows : [{ storageOption: 'Total', objectCount: 0, fileCount: 0, totalBytes: 0 }];
  return shown.map((r) => ({
    storageOption: r.storageOption || 'Total',
    objectCount: r.objectCount,
    fileCount: r.fileCount,
    size: humanSize(r.totalBytes),
    isTotal: r.storageOption === 'Total' || r.storageOption === '',
  }));
}

function statusTone(status: string | null): string {
  if (status === 'Success') return 'ok';
  if (status === 'Failed') return 'bad';
  if (status === 'Cancelled' || status === 'Suspended') return 'warn';
  return '';
}

export interface RecentWorkItemViewModel {
  readonly href: string;
  readonly name: string;
  readonly action: string;
  readonly stage: string;
  readonly status: Badge;
  readonly institutionName: string;
  readonly dateProcessed: string | null;
}

export const toRecentWorkItem = (row: WorkItemViewRow): RecentWorkItemViewModel => ({
  href: `/work_items/show/${row.id}`,
  name: row.name ?? '',
  action: row.action ?? '',
  stage: row.stage ?? '',
  status: { label: row.status ?? '', tone: statusTone(row.status) },
  institutionName: row.institution_name ?? '',
  dateProcessed: row.date_processed,
});

export const toRecentAlert = (row: AlertViewRow) => ({
  href: row.user_id === null ? null : `/alerts/show/${row.id}/${row.user_id}`,
  subject: row.subject,
  type: row.type,
  createdAt: row.created_at,
  unread: row.read_at === null,
});
