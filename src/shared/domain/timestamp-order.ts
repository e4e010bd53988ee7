import type { Timestamp } from '../time/timestamp.js';

const CANONICAL = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?Z$/;
const DAY_MS = 86_400_000;

interface TimestampParts {
  readonly wholeSeconds: string;
  readonly fraction: string;
}

function partsOf(ts: Timestamp): TimestampParts {
  const match = CANONICAL.exec(ts);
  if (!match) throw new Error(`Not a canonical timestamp: ${ts}`);
  return { wholeSeconds: match[1], fraction: (match[2] ?? '').padEnd(9, '0') };
}

/**
 * Orders canonical timestamps exactly, microseconds included (going through `Date` would drop them,
 * and plain string comparison misorders `…35Z` against `…35.5Z`).
 */
export function compareTimestamps(a: Timestamp, b: Timestamp): number {
  const left = partsOf(a);
  const right = partsOf(b);
  if (left.wholeSeconds !== right.wholeSeconds) return left.wholeSeconds < right.wholeSeconds ? -1 : 1;
  if (left.fraction !== right.fraction) return left.fraction < right.fraction ? -1 : 1;
  return 0;
}

export const isBefore = (a: Timestamp, b: Timestamp): boolean => compareTimestamps(a, b) < 0;

export const isAfter = (a: Timestamp, b: Timestamp): boolean => compareTimestamps(a, b) > 0;

/** Adds whole UTC days (negative to subtract), keeping the fraction digits as they are. */
export function addDays(ts: Timestamp, days: number): Timestamp {
  const { wholeSeconds } = partsOf(ts);
  const fraction = ts.slice(wholeSeconds.length, -1);
  const shifted = new Date(Date.parse(`${wholeSeconds}Z`) + days * DAY_MS).toISOString().slice(0, 19);
  return `${shifted}${fraction}Z`;
}
