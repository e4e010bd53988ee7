import { firstOfMonthDates, FIRST_SNAPSHOT_DATE, isoDate, TOTAL, type BillingStatRow, type DepositStatRow } from '../../domain/deposit-stats.js';
import type { InstitutionOption } from '../../application/deposit-reports.service.js';
import { CHART_METRICS, REPORT_STORAGE_OPTIONS, type ChartMetric, type DepositReportParams } from '../../application/deposit-report.params.js';
import { formatCount, formatDecimal, formatUsd, formatUsDate } from './report-format.js';

export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

export interface DepositTableRow {
  readonly institution: string;
  readonly storageOption: string;
  readonly objectCount: string;
  readonly fileCount: string;
  readonly totalGb: string;
  readonly totalTb: string;
  readonly monthlyCost: string;
  readonly isTotal: boolean;
}

/** What the chart script draws: per dataset, the values of every metric (the metric is switched in the browser). */
export interface ChartData {
  readonly type: 'bar' | 'line';
  readonly labels: readonly string[];
  readonly metric: ChartMetric;
  readonly metricLabels: Readonly<Record<string, string>>;
  readonly datasets: readonly { readonly label: string; readonly values: Readonly<Record<ChartMetric, readonly (number | null)[]>> }[];
}

export interface TimelineTable {
  readonly dates: readonly string[];
  readonly series: readonly { readonly label: string; readonly values: readonly string[] }[];
}

const METRIC_OF: Record<ChartMetric, (row: DepositStatRow) => number> = {
  object_count: (r) => r.objectCount,
  file_count: (r) => r.fileCount,
  total_bytes: (r) => r.totalBytes,
  total_gb: (r) => r.totalGb,
  total_tb: (r) => r.totalTb,
};

const metricValues = (rows: readonly (DepositStatRow | undefined)[]) =>
  Object.fromEntries(CHART_METRICS.map((m) => [m.value, rows.map((r) => (r ? METRIC_OF[m.value](r) : null))])) as Record<ChartMetric, (number | null)[]>;

const METRIC_LABELS = Object.fromEntries(CHART_METRICS.map((m) => [m.value, m.label]));

const seriesLabel = (row: DepositStatRow): string => `${row.institutionName} ${row.storageOption}`;

/** Rows the point-in-time table shows: "Total" institutions are left out of single-institution reports. */
export function visibleDepositRows(rows: readonly DepositStatRow[], params: Pick<DepositReportParams, 'institutionId'>): DepositStatRow[] {
  return params.institutionId > 0 ? rows.filter((r) => r.institutionName !== TOTAL) : [...rows];
}

export function toDepositTableRows(rows: readonly DepositStatRow[]): DepositTableRow[] {
  return rows.map((r) => ({
    institution: r.institutionName,
    storageOption: r.storageOption,
    objectCount: formatCount(r.objectCount),
    fileCount: formatCount(r.fileCount),
    totalGb: formatDecimal(r.totalGb, 3),
    totalTb: formatDecimal(r.totalTb, 3),
    monthlyCost: formatUsd(r.monthlyCost),
    isTotal: r.storageOption === TOTAL,
  }));
}

/**
 * The bar chart of a point-in-time report, one bar per row labelled "<institution> <storage
 * option>": storage totals are left out when one storage option was chosen, institution totals
 * on single-institution reports.
 */
export function depositBarChart(rows: readonly DepositStatRow[], params: DepositReportParams): ChartData {
  const shown = visibleDepositRows(rows, params).filter((r) => !(params.storageOption !== '' && params.storageOption !== TOTAL && r.storageOption === TOTAL));
  return {
    type: 'bar',
    labels: shown.map(seriesLabel),
    metric: params.chartMetric,
    metricLabels: METRIC_LABELS,
    datasets: [{ label: `Deposits as of ${formatUsDate(params.endDate)}`, values: metricValues(shown) }],
  };
}

/** The line chart of the over-time report: one line per institution and storage option over the sorted snapshot dates. */
export function depositTimelineChart(rows: readonly DepositStatRow[], params: DepositReportParams): ChartData {
  const { dates, series } = timelineSeries(rows);
  return {
    type: 'line',
    labels: dates.map(formatUsDate),
    metric: params.chartMetric,
    metricLabels: METRIC_LABELS,
    datasets: series.map((s) => ({ label: s.label, values: metricValues(dates.map((d) => s.byDate.get(d))) })),
  };
}

/** The over-time figures as a table (dates as columns), the chart's text alternative. */
export function depositTimelineTable(rows: readonly DepositStatRow[], metric: ChartMetric): TimelineTable {
  const { dates, series } = timelineSeries(rows);
  const format = (n: number) => (metric === 'total_gb' || metric === 'total_tb' ? formatDecimal(n, 3) : formatCount(n));
  return {
    dates: dates.map(formatUsDate),
    series: series.map((s) => ({ label: s.label, values: dates.map((d) => (s.byDate.has(d) ? format(METRIC_OF[metric](s.byDate.get(d)!)) : '')) })),
  };
}

function timelineSeries(rows: readonly DepositStatRow[]) {
  const dates = [...new Set(rows.map((r) => r.endDate.slice(0, 10)))].sort();
  const series = new Map<string, { label: string; byDate: Map<string, DepositStatRow> }>();
  for (const row of rows) {
    const label = seriesLabel(row);
    const entry = series.get(label) ?? { label, byDate: new Map() };
    entry.byDate.set(row.endDate.slice(0, 10), row);
    series.set(label, entry);
  }
  return { dates, series: [...series.values()] };
}

/** The filter form's choices; a selected value missing from a list is added so the form keeps it. */
export function depositReportOptions(params: DepositReportParams, institutions: readonly InstitutionOption[], now: Date) {
  const today = isoDate(now);
  const months = firstOfMonthDates(now);
  const monthOptions = (list: readonly string[]) => list.map((d) => ({ value: d, label: formatUsDate(d) }));
  const endDates: SelectOption[] = [...(params.reportType === 'by_inst' ? [{ value: today, label: 'Today' }] : []), ...monthOptions(months)];
  const startDates = monthOptions(firstOfMonthDates(now, FIRST_SNAPSHOT_DATE));
  return {
    reportTypes: [
      { value: 'by_inst', label: 'By institution' },
      { value: 'over_time', label: 'Over time' },
    ],
    institutions: [{ value: '0', label: 'All Institutions' }, ...institutions.map((i) => ({ value: String(i.id), label: i.name }))],
    storageOptions: [{ value: '', label: 'All storage options' }, ...REPORT_STORAGE_OPTIONS.map((o) => ({ value: o, label: o }))],
    endDates: withSelected(endDates, params.endDate),
    startDates: withSelected(startDates, params.startDate),
    chartMetrics: CHART_METRICS.map((m) => ({ value: m.value, label: m.label })),
  };
}

const withSelected = (options: SelectOption[], value: string): SelectOption[] =>
  options.some((o) => o.value === value) ? options : [...options, { value, label: formatUsDate(value) }];

export interface BillingTableRow {
  readonly month: string;
  readonly storageOption: string;
  readonly totalGb: string;
  readonly totalTb: string;
  readonly overage: string;
}

export const toBillingTableRows = (rows: readonly BillingStatRow[]): BillingTableRow[] =>
  rows.map((r) => ({ month: r.monthAndYear, storageOption: r.storageOption, totalGb: formatDecimal(r.totalGb, 2), totalTb: formatDecimal(r.totalTb, 2), overage: formatDecimal(r.overage, 2) }));
