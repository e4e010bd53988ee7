import { toCsv } from '../../../../shared/web/csv.js';
import type { BillingStatRow, DepositStatRow } from '../../domain/deposit-stats.js';

/** The point-in-time table as CSV, with unrounded figures; the monthly cost only for sys admins. */
export function depositStatsCsv(rows: readonly DepositStatRow[], withCost: boolean): string {
  const header = ['Institution', 'Storage Option', 'Object Count', 'File Count', 'Total Bytes', 'Total GB', 'Total TB', ...(withCost ? ['Monthly Cost'] : []), 'End Date'];
  return toCsv(
    header,
    rows.map((r) => [r.institutionName, r.storageOption, r.objectCount, r.fileCount, r.totalBytes, r.totalGb, r.totalTb, ...(withCost ? [r.monthlyCost] : []), r.endDate]),
  );
}

/** The over-time figures as CSV, one line per institution, storage option and month. */
export function depositTimelineCsv(rows: readonly DepositStatRow[]): string {
  return toCsv(
    ['End Date', 'Institution', 'Storage Option', 'Object Count', 'File Count', 'Total Bytes', 'Total GB', 'Total TB'],
    rows.map((r) => [r.endDate, r.institutionName, r.storageOption, r.objectCount, r.fileCount, r.totalBytes, r.totalGb, r.totalTb]),
  );
}

export function billingCsv(rows: readonly BillingStatRow[]): string {
  return toCsv(
    ['Month', 'End Date', 'Institution', 'Storage Option', 'Total GB', 'Total TB', 'Overage TB'],
    rows.map((r) => [r.monthAndYear, r.endDate, r.institutionName, r.storageOption, r.totalGb, r.totalTb, r.overage]),
  );
}
