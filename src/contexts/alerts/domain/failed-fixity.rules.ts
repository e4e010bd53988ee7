import { addDays } from '../../../shared/domain/timestamp-order.js';
import type { Timestamp } from '../../../shared/time/timestamp.js';

/** The `ar_internal_metadata` key holding the time of the last failed-fixity run (RFC 3339). */
export const FIXITY_ALERTS_LAST_RUN_KEY = 'fixity alerts last run';

/**
 * The outcomes of failed fixity checks. Preserv writes `Failed`; `Failure` is the event validator's
 * value, which nested events may carry, so it counts too.
 */
export const FAILED_FIXITY_OUTCOMES = ['Failed', 'Failure'] as const;

export const ALREADY_GENERATED_TODAY_MESSAGE =
  'Note: failed fixity alerts have already been generated today. Controller is returning without running them again.';

/** The UTC calendar day of a canonical timestamp, `YYYY-MM-DD`. */
export const utcDay = (ts: Timestamp): string => ts.slice(0, 10);

/** Midnight UTC of the day of `ts`. */
export const startOfUtcDay = (ts: Timestamp): Timestamp => `${utcDay(ts)}T00:00:00Z`;

/** Where this run starts: the previous run's time, or yesterday at 00:00 UTC when there has been none. */
export const failedFixityWindowStart = (lastRun: Timestamp | null, now: Timestamp): Timestamp => lastRun ?? addDays(startOfUtcDay(now), -1);

/**
 * Whether a run already happened on the UTC day of `now`.
 * Fix (reference quirk): the reference compared the stored time with today's midnight exactly, so
 * the guard never fired; calendar days are compared.
 */
export const ranToday = (lastRun: Timestamp | null, now: Timestamp): boolean => lastRun !== null && utcDay(lastRun) === utcDay(now);

/**
 * The events page listing the failed checks of the window (of one institution, or of all for
 * APTrust). The end date is tomorrow, so that the checks of today after midnight are included.
 */
export function failedFixityReportUrl(registryUrl: string, institutionId: number | null, windowStart: Timestamp, now: Timestamp): string {
  const institution = institutionId === null ? '' : `&institution_id=${institutionId}`;
  return `${registryUrl}/events?event_type=fixity+check&outcome=Failed${institution}` +
    `&date_time__gteq=${utcDay(windowStart)}&date_time__lteq=${utcDay(addDays(now, 1))}`;
}
