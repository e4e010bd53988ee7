import { isSysAdmin, type Actor } from '../../../shared/access/actor.js';
import { STORAGE_OPTIONS } from '../../../shared/domain/storage-option.js';
import { FIRST_SNAPSHOT_DATE, firstOfMonthDates, isoDate, TOTAL } from '../domain/deposit-stats.js';

export const REPORT_TYPES = ['by_inst', 'over_time'] as const;
export type ReportType = (typeof REPORT_TYPES)[number];

/** What the chart can plot; monthly cost is deliberately not offered. */
export const CHART_METRICS = [
  { value: 'object_count', label: 'Object Count' },
  { value: 'file_count', label: 'File Count' },
  { value: 'total_bytes', label: 'Total Bytes' },
  { value: 'total_gb', label: 'Total GB' },
  { value: 'total_tb', label: 'Total TB' },
] as const;
export type ChartMetric = (typeof CHART_METRICS)[number]['value'];

/** The storage options a report can be limited to: each option, or the per-institution totals. */
export const REPORT_STORAGE_OPTIONS: readonly string[] = [...STORAGE_OPTIONS, TOTAL];

export interface DepositReportParams {
  readonly reportType: ReportType;
  /** `YYYY-MM-DD`. */
  readonly startDate: string;
  /** `YYYY-MM-DD`. */
  readonly endDate: string;
  /** 0 = all institutions (sys admins only). */
  readonly institutionId: number;
  /** '' = all storage options. */
  readonly storageOption: string;
  readonly chartMetric: ChartMetric;
}

const VALID_DATE = /^\d{4}-\d{2}-\d{2}$/;

function parseDate(value: string | null): string | null {
  if (!value || !VALID_DATE.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || isoDate(date) !== value ? null : value;
}

/**
 * The report's parameters from the query string. Unparsable values fall back to their defaults,
 * as in the reference; non-admins always get their own institution. The over-time report ends by
 * default at the latest monthly snapshot.
 */
export function parseDepositReportParams(query: string, actor: Actor, now: Date): DepositReportParams {
  const params = new URLSearchParams(query);
  const reportType: ReportType = params.get('report_type') === 'over_time' ? 'over_time' : 'by_inst';
  const defaultEnd = reportType === 'over_time' ? firstOfMonthDates(now)[0] : isoDate(now);
  const rawInstitution = params.get('institution_id') ?? '';
  const requestedInstitution = /^\d{1,9}$/.test(rawInstitution) ? Number(rawInstitution) : 0;
  const storageOption = params.get('storage_option') ?? '';
  const chartMetric = CHART_METRICS.find((m) => m.value === params.get('chart_metric'))?.value ?? 'total_gb';
  return {
    reportType,
    startDate: parseDate(params.get('start_date')) ?? FIRST_SNAPSHOT_DATE,
    endDate: parseDate(params.get('end_date')) ?? defaultEnd,
    institutionId: isSysAdmin(actor) ? requestedInstitution : actor.institutionId,
    storageOption: REPORT_STORAGE_OPTIONS.includes(storageOption) ? storageOption : '',
    chartMetric,
  };
}
