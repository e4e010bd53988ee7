/** A period or delay: milliseconds, or text such as `500ms`, `30s`, `5m`, `1h`, `1d` or `1h30m`. */
export type Duration = number | string;

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Milliseconds of a duration; throws on anything that is not a positive duration (or zero, when allowed). */
export function durationMs(value: Duration, options: { allowZero?: boolean } = {}): number {
  let ms: number;
  if (typeof value === 'number') {
    ms = value;
  } else {
    const parts = [...value.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)];
    if (parts.length === 0 || parts.map((p) => p[0]).join('') !== value) throw new Error(`Not a duration: "${value}"`);
    ms = parts.reduce((sum, [, amount, unit]) => sum + Number(amount) * UNITS[unit], 0);
  }
  if (!Number.isFinite(ms) || ms < 0 || (ms === 0 && !options.allowZero)) throw new Error(`Not a positive duration: ${String(value)}`);
  return Math.round(ms);
}

/** The shortest exact text form: `1h`, `5m`, `90s`, `1d`, `250ms`. */
export function formatDuration(ms: number): string {
  for (const [unit, size] of [['d', UNITS.d], ['h', UNITS.h], ['m', UNITS.m], ['s', UNITS.s]] as const) {
    if (ms >= size && ms % size === 0) return `${ms / size}${unit}`;
  }
  return `${ms}ms`;
}
