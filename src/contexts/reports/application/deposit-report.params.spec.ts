import type { Actor } from '../../../shared/access/actor.js';
import { parseDepositReportParams } from './deposit-report.params.js';

const now = new Date('2026-11-23T10:00:00Z');
const sysAdmin = { role: 'admin', institutionId: 1 } as Actor;
const member = { role: 'institutional_user', institutionId: 2 } as Actor;

describe(parseDepositReportParams.name, () => {
  it('defaults to the by-institution report of all institutions today', () => {
    expect(parseDepositReportParams('', sysAdmin, now)).toEqual({
      reportType: 'by_inst', startDate: '2014-01-01', endDate: '2026-11-23', institutionId: 0, storageOption: '', chartMetric: 'total_gb',
    });
  });

  it('reads every parameter and forces non-admins to their own institution', () => {
    const q = 'report_type=by_inst&start_date=2020-01-01&end_date=2026-10-01&institution_id=3&storage_option=Total&chart_metric=file_count';
    expect(parseDepositReportParams(q, sysAdmin, now)).toMatchObject({ startDate: '2020-01-01', endDate: '2026-10-01', institutionId: 3, storageOption: 'Total', chartMetric: 'file_count' });
    expect(parseDepositReportParams(q, member, now).institutionId).toBe(2);
  });

  it('ends the over-time report at the latest monthly snapshot by default', () => {
    expect(parseDepositReportParams('report_type=over_time', sysAdmin, now).endDate).toBe('2026-11-01');
  });

  it('falls back to the defaults for values it cannot use', () => {
    const q = 'report_type=pie&end_date=2026-02-30&start_date=yesterday&institution_id=-4&storage_option=Floppy&chart_metric=monthly_cost';
    expect(parseDepositReportParams(q, sysAdmin, now)).toEqual({
      reportType: 'by_inst', startDate: '2014-01-01', endDate: '2026-11-23', institutionId: 0, storageOption: '', chartMetric: 'total_gb',
    });
  });
});
