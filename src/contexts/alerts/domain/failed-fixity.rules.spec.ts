import { failedFixityReportUrl, failedFixityWindowStart, ranToday, startOfUtcDay, utcDay } from './failed-fixity.rules.js';

describe('failed fixity rules', () => {
  const now = '2026-03-01T00:30:00.25Z';

  it('starts at the last run, or yesterday at midnight UTC without one', () => {
    expect(failedFixityWindowStart('2026-02-27T10:00:00Z', now)).toBe('2026-02-27T10:00:00Z');
    expect(failedFixityWindowStart(null, now)).toBe('2026-02-28T00:00:00Z');
    expect(startOfUtcDay(now)).toBe('2026-03-01T00:00:00Z');
    expect(utcDay(now)).toBe('2026-03-01');
  });

  it('knows a run happened today by the UTC calendar day, not the exact time', () => {
    expect(ranToday('2026-03-01T00:00:01Z', now)).toBe(true);
    expect(ranToday('2026-03-01T00:00:00Z', now)).toBe(true);
    expect(ranToday('2026-02-28T23:59:59.999Z', now)).toBe(false);
    expect(ranToday(null, now)).toBe(false);
  });

  it('links to the events page with the window, tomorrow as the end, per institution or for all', () => {
    expect(failedFixityReportUrl('https://repo.aptrust.org', 3, '2026-02-28T00:00:00Z', now)).toBe(
      'https://repo.aptrust.org/events?event_type=fixity+check&outcome=Failed&institution_id=3&date_time__gteq=2026-02-28&date_time__lteq=2026-03-02',
    );
    expect(failedFixityReportUrl('http://localhost:8080', null, '2026-02-28T10:00:00Z', now)).toBe(
      'http://localhost:8080/events?event_type=fixity+check&outcome=Failed&date_time__gteq=2026-02-28&date_time__lteq=2026-03-02',
    );
  });
});
