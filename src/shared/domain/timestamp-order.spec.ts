import { addDays, compareTimestamps, isAfter, isBefore } from './timestamp-order.js';

describe(compareTimestamps.name, () => {
  it('orders by the whole seconds first', () => {
    expect(compareTimestamps('2021-01-12T17:14:35Z', '2021-01-12T17:14:36Z')).toBe(-1);
    expect(compareTimestamps('2022-01-01T00:00:00Z', '2021-12-31T23:59:59.999999Z')).toBe(1);
  });

  it('orders by microseconds within the same second', () => {
    expect(compareTimestamps('2021-01-12T17:14:35Z', '2021-01-12T17:14:35.5Z')).toBe(-1);
    expect(compareTimestamps('2021-01-12T17:14:35.000002Z', '2021-01-12T17:14:35.000001Z')).toBe(1);
  });

  it('treats trimmed and untrimmed fractions as equal', () => {
    expect(compareTimestamps('2021-01-12T17:14:35.5Z', '2021-01-12T17:14:35.500000Z')).toBe(0);
  });

  it('refuses a non-canonical value', () => {
    expect(() => compareTimestamps('2021-01-12 17:14:35', '2021-01-12T17:14:35Z')).toThrow('Not a canonical timestamp');
  });
});

describe(isBefore.name, () => {
  it('is strict', () => {
    expect(isBefore('2021-01-12T17:14:35.1Z', '2021-01-12T17:14:35.2Z')).toBe(true);
    expect(isBefore('2021-01-12T17:14:35.2Z', '2021-01-12T17:14:35.2Z')).toBe(false);
  });
});

describe(isAfter.name, () => {
  it('is strict', () => {
    expect(isAfter('2021-01-12T17:14:35.3Z', '2021-01-12T17:14:35.2Z')).toBe(true);
    expect(isAfter('2021-01-12T17:14:35.2Z', '2021-01-12T17:14:35.2Z')).toBe(false);
  });
});

describe(addDays.name, () => {
  it('adds whole UTC days across month and year ends, keeping the fraction', () => {
    expect(addDays('2021-12-31T23:59:59.123456Z', 1)).toBe('2022-01-01T23:59:59.123456Z');
    expect(addDays('2024-02-28T10:00:00Z', 1)).toBe('2024-02-29T10:00:00Z');
  });

  it('subtracts with negative days and leaves the value alone for zero', () => {
    expect(addDays('2021-03-01T00:00:00Z', -90)).toBe('2020-12-01T00:00:00Z');
    expect(addDays('2021-03-01T00:00:00.5Z', 0)).toBe('2021-03-01T00:00:00.5Z');
  });
});
