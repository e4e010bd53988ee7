import { formatDate, formatDateTime } from './template-filters.js';

describe(formatDateTime.name, () => {
  it("shows Go's `Jan 2, 2006 15:04:05` in UTC", () => {
    expect(formatDateTime('2016-08-26T18:53:32Z')).toBe('Aug 26, 2016 18:53:32');
    expect(formatDateTime('2016-08-26T18:53:32.123456Z')).toBe('Aug 26, 2016 18:53:32');
    expect(formatDateTime('2021-01-02T03:04:05.000Z')).toBe('Jan 2, 2021 03:04:05');
    expect(formatDateTime('2016-08-26T14:53:32-04:00')).toBe('Aug 26, 2016 18:53:32');
    expect(formatDateTime('2016-08-26T18:53Z')).toBe('Aug 26, 2016 18:53:00');
  });

  it('shows nothing for no date or the zero date', () => {
    expect(formatDateTime('')).toBe('');
    expect(formatDateTime(null)).toBe('');
    expect(formatDateTime('0001-01-01T00:00:00Z')).toBe('');
  });
});

describe(formatDate.name, () => {
  it("shows Go's `Jan 2, 2006` in UTC", () => {
    expect(formatDate('2016-08-26T18:53:32Z')).toBe('Aug 26, 2016');
    expect(formatDate('2024-03-05')).toBe('Mar 5, 2024');
    expect(formatDate('2016-08-26T22:53:32-04:00')).toBe('Aug 27, 2016');
    expect(formatDate(undefined)).toBe('');
  });
});
