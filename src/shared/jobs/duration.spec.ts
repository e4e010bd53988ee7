import { durationMs, formatDuration } from './duration.js';

describe('durationMs', () => {
  it.each([
    [250, 250],
    ['500ms', 500],
    ['30s', 30_000],
    ['5m', 300_000],
    ['1h', 3_600_000],
    ['1d', 86_400_000],
    ['1h30m', 5_400_000],
    ['1.5s', 1500],
  ])('reads %p as %p ms', (input, ms) => {
    expect(durationMs(input)).toBe(ms);
  });

  it.each(['', '5', 'five minutes', '5 m', '1w', '-1s'])('refuses %p', (input) => {
    expect(() => durationMs(input)).toThrow(/duration/);
  });

  it('refuses zero unless allowed', () => {
    expect(() => durationMs(0)).toThrow('Not a positive duration');
    expect(durationMs('0s', { allowZero: true })).toBe(0);
  });
});

describe('formatDuration', () => {
  it.each([
    [86_400_000, '1d'],
    [3_600_000, '1h'],
    [5_400_000, '90m'],
    [300_000, '5m'],
    [1500, '1500ms'],
    [300, '300ms'],
  ])('writes %p ms as %p', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
