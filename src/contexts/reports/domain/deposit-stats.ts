/**
 * Deposit statistics as the reports show them (workflows.md §8.2, data-model.md §2.5): one row per
 * institution and storage option, with the cube totals named "All Institutions" and "Total".
 */
export interface DepositStatRow {
  /** Null on "All Institutions" rows of the statistics; 0 on the sub-account roll-up rows. */
  readonly institutionId: number | null;
  readonly institutionName: string;
  readonly storageOption: string;
  readonly objectCount: number;
  readonly fileCount: number;
  readonly totalBytes: number;
  readonly totalGb: number;
  readonly totalTb: number;
  readonly costGbPerMonth: number;
  readonly monthlyCost: number;
  /** `YYYY-MM-DD` for monthly snapshots; the refresh time (canonical timestamp) for current statistics. */
  readonly endDate: string;
}

export interface BillingStatRow {
  readonly institutionId: number;
  readonly institutionName: string;
  readonly endDate: string;
  /** The month the snapshot describes: the one before its first-of-month end date ("October 2026"). */
  readonly monthAndYear: string;
  readonly storageOption: string;
  readonly totalGb: number;
  readonly totalTb: number;
  readonly overage: number;
}

export const TOTAL = 'Total';
export const ALL_INSTITUTIONS = 'All Institutions';
/** Free storage per institution before overage is billed. */
export const FREE_ALLOWANCE_TB = 10;
/** The first monthly snapshot date. */
export const FIRST_SNAPSHOT_DATE = '2014-01-01';
/** The oldest month the date selectors offer. */
export const FIRST_SELECTABLE_MONTH = '2015-01-01';

/** `YYYY-MM-DD` of a Date in UTC. */
export const isoDate = (date: Date): string => date.toISOString().slice(0, 10);

/**
 * Where a point-in-time report reads: the current statistics for a date from the start of today
 * (UTC) on, else the monthly snapshot of exactly that date.
 */
export function depositStatsSource(endDate: string, now: Date): 'current' | 'historical' {
  return endDate >= isoDate(now) ? 'current' : 'historical';
}

/** The answer for a date with no statistics: one zero row, "Total" for institution and option. */
export function zeroStatsRow(endDate: string): DepositStatRow {
  return {
    institutionId: null,
    institutionName: TOTAL,
    storageOption: TOTAL,
    objectCount: 0,
    fileCount: 0,
    totalBytes: 0,
    totalGb: 0,
    totalTb: 0,
    costGbPerMonth: 0,
    monthlyCost: 0,
    endDate,
  };
}

/**
 * Gives each "Total" storage row the sum of the monthly costs since the previous "Total" row (the
 * cost of that institution's storage options), in report order.
 */
export function withMonthlyTotals(rows: readonly DepositStatRow[]): DepositStatRow[] {
  let runningCost = 0;
  return rows.map((row) => {
    runningCost += row.monthlyCost;
    if (row.storageOption !== TOTAL) return row;
    const total = { ...row, monthlyCost: runningCost };
    runningCost = 0;
    return total;
  });
}

/** Storage beyond the free allowance, in TB. */
export const overageTb = (totalTb: number): number => Math.max(totalTb - FREE_ALLOWANCE_TB, 0);

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "October 2026" for the snapshot dated 2026-11-01 (the month before its end date). */
export function monthBefore(endDate: string): string {
  const [year, month] = endDate.slice(0, 10).split('-').map(Number);
  const previous = new Date(Date.UTC(year, month - 1, 0));
  return `${MONTHS[previous.getUTCMonth()]} ${previous.getUTCFullYear()}`;
}

/** First-of-month dates, newest first, from the current month back to `oldest` (inclusive). */
export function firstOfMonthDates(now: Date, oldest = FIRST_SELECTABLE_MONTH): string[] {
  const dates: string[] = [];
  for (let d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)); isoDate(d) >= oldest; d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 1, 1))) {
    dates.push(isoDate(d));
  }
  return dates;
}

/** A first-of-month date `YYYY-MM-01` of a real month. */
export const isFirstOfMonth = (date: string): boolean => /^\d{4}-(0[1-9]|1[0-2])-01$/.test(date);
