import { toPgTimestamp, type Timestamp } from '../time/timestamp.js';

/** The statement's time in UTC, for `timestamp without time zone` columns (which hold UTC by convention). */
export const NOW_UTC = `(now() AT TIME ZONE 'UTC')`;

/** The query parameter for a nullable `timestamp without time zone` column. */
export const pgTimestampParam = (ts: Timestamp | null | undefined): string | null => (ts ? toPgTimestamp(ts) : null);
