import type { DepositReportParams } from '../../application/deposit-report.params.js';
import { zeroStatsRow, type DepositStatRow } from '../../domain/deposit-stats.js';
import { depositBarChart, depositReportOptions, depositTimelineChart, depositTimelineTable, toDepositTableRows, visibleDepositRows } from './deposit-report.view-model.js';

const stat = (institutionName: string, storageOption: string, totalGb: number, endDate = '2026-11-01'): DepositStatRow => ({
  ...zeroStatsRow(endDate),
  institutionId: 2,
  institutionName,
  storageOption,
  totalGb,
  objectCount: 1234,
  fileCount: 1234567,
  totalTb: totalGb / 1024,
  monthlyCost: 1234.5,
});
const params = (overrides: Partial<DepositReportParams> = {}): DepositReportParams => ({
  reportType: 'by_inst', startDate: '2014-01-01', endDate: '2026-11-01', institutionId: 0, storageOption: '', chartMetric: 'total_gb', ...overrides,
});

describe('deposit report view model', () => {
  it('formats counts, sizes and money for the table and marks Total rows', () => {
    expect(toDepositTableRows([stat('One', 'Total', 1082.8734)])).toEqual([
      { institution: 'One', storageOption: 'Total', objectCount: '1,234', fileCount: '1,234,567', totalGb: '1,082.873', totalTb: '1.057', monthlyCost: '$1,234.50', isTotal: true },
    ]);
  });

  it('hides Total institutions on single-institution reports only', () => {
    const rows = [stat('One', 'Standard', 1), stat('Total', 'Total', 0)];
    expect(visibleDepositRows(rows, { institutionId: 2 })).toHaveLength(1);
    expect(visibleDepositRows(rows, { institutionId: 0 })).toHaveLength(2);
  });

  it('labels bars by institution and option, leaving storage totals out when one option is chosen', () => {
    const rows = [stat('One', 'Standard', 10), stat('One', 'Total', 10)];
    expect(depositBarChart(rows, params()).labels).toEqual(['One Standard', 'One Total']);
    const chart = depositBarChart(rows, params({ storageOption: 'Standard' }));
    expect(chart.labels).toEqual(['One Standard']);
    expect(chart.datasets[0].values.total_gb).toEqual([10]);
    expect(chart.datasets[0].label).toBe('Deposits as of Nov 1, 2026');
  });

  it('draws one line per institution and option over the sorted dates, with gaps where a month is missing', () => {
    const rows = [stat('One', 'Standard', 1, '2026-09-01'), stat('One', 'Standard', 2, '2026-10-01'), stat('Two', 'Standard', 5, '2026-10-01')];
    const chart = depositTimelineChart(rows, params({ reportType: 'over_time' }));
    expect(chart.labels).toEqual(['Sep 1, 2026', 'Oct 1, 2026']);
    expect(chart.datasets.map((d) => [d.label, d.values.total_gb])).toEqual([['One Standard', [1, 2]], ['Two Standard', [null, 5]]]);
    expect(depositTimelineTable(rows, 'total_gb').series[1].values).toEqual(['', '5.000']);
  });

  it('offers Today and the months as end dates, and keeps a chosen date that is not in the list', () => {
    const now = new Date('2026-11-23T00:00:00Z');
    const options = depositReportOptions(params({ endDate: '2020-06-15' }), [{ id: 2, name: 'One' }], now);
    expect(options.endDates[0]).toEqual({ value: '2026-11-23', label: 'Today' });
    expect(options.endDates[1]).toEqual({ value: '2026-11-01', label: 'Nov 1, 2026' });
    expect(options.endDates.at(-1)).toEqual({ value: '2020-06-15', label: 'Jun 15, 2020' });
    expect(options.institutions).toEqual([{ value: '0', label: 'All Institutions' }, { value: '2', label: 'One' }]);
    expect(depositReportOptions(params({ reportType: 'over_time' }), [], now).endDates[0].label).toBe('Nov 1, 2026');
  });
});
