import { depositStatsSource, firstOfMonthDates, monthBefore, overageTb, withMonthlyTotals, zeroStatsRow, type DepositStatRow } from './deposit-stats.js';

const row = (institutionName: string, storageOption: string, monthlyCost: number): DepositStatRow => ({
  ...zeroStatsRow('2026-11-01'),
  institutionId: 2,
  institutionName,
  storageOption,
  monthlyCost,
});

describe('deposit statistics', () => {
  it('reads current statistics from the start of today (UTC), snapshots before it', () => {
    const now = new Date('2026-11-23T03:00:00Z');
    expect(depositStatsSource('2026-11-23', now)).toBe('current');
    expect(depositStatsSource('2027-01-01', now)).toBe('current');
    expect(depositStatsSource('2026-11-22', now)).toBe('historical');
    expect(depositStatsSource('2026-11-01', now)).toBe('historical');
  });

  it("gives each Total row the sum of its institution's monthly costs, then starts again", () => {
    const rows = withMonthlyTotals([row('One', 'Standard', 2), row('One', 'Glacier-OR', 0.5), row('One', 'Total', 0), row('Two', 'Standard', 1), row('Two', 'Total', 0)]);
    expect(rows.map((r) => r.monthlyCost)).toEqual([2, 0.5, 2.5, 1, 1]);
  });

  it('computes overage beyond 10 TB and the month a snapshot describes', () => {
    expect(overageTb(12.5)).toBe(2.5);
    expect(overageTb(3)).toBe(0);
    expect(monthBefore('2026-11-01')).toBe('October 2026');
    expect(monthBefore('2026-01-01')).toBe('December 2025');
  });

  it('lists first-of-month dates newest first down to the oldest one', () => {
    const dates = firstOfMonthDates(new Date('2026-11-23T00:00:00Z'));
    expect(dates.slice(0, 3)).toEqual(['2026-11-01', '2026-10-01', '2026-09-01']);
    expect(dates.at(-1)).toBe('2015-01-01');
    expect(dates).toHaveLength(12 * 11 + 11);
    expect(firstOfMonthDates(new Date('2026-11-23T00:00:00Z'), '2014-01-01').at(-1)).toBe('2014-01-01');
  });
});
