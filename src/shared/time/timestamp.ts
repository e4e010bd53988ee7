/**
 * Timestamps travel through the registry as strings, never as JS `Date`, because PostgreSQL keeps
 * microseconds and clients (Preserv) compare echoed values for exact equality; `Date` keeps only
 * milliseconds.
 *
 * The canonical form is Go's RFC 3339 "nano" layout in UTC: `2021-01-12T17:14:35Z`, or with a
 * fraction that has its trailing zeros trimmed, `2026-11-23T00:44:40.67831Z`. The wire format of
 * the APIs is exactly this form, and `0001-01-01T00:00:00Z` stands for "no value".
 */
export type Timestamp = string & { readonly __brand?: 'Timestamp' };

export const ZERO_TIME = '0001-01-01T00:00:00Z';

/** PostgreSQL's usual output for `timestamp` (in text, or in JSON with a `T`): UTC, its fraction already without trailing zeros. */
const PG_PLAIN_TIMESTAMP = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(?:\.\d*[1-9])?$/;
const PG_TIMESTAMP = /^(\d{4,})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:([+-])(\d{2})(?::?(\d{2}))?(?::?(\d{2}))?|Z)?( BC)?$/i;

/**
 * Parses PostgreSQL's text form of `timestamp` or `timestamptz` (DateStyle ISO) and returns the
 * canonical UTC form. `timestamp without time zone` values hold UTC by convention.
 */
export function fromPgTimestamp(text: string): Timestamp {
  if (PG_PLAIN_TIMESTAMP.test(text)) return `${text.slice(0, 10)}T${text.slice(11)}Z`;
  if (text === 'infinity' || text === '-infinity') return text;
  const m = PG_TIMESTAMP.exec(text);
  if (!m) throw new Error(`Unrecognised PostgreSQL timestamp: ${text}`);
  const [, y, mo, d, h, mi, s, frac, sign, oh, om, os] = m;
  if (!sign || (Number(oh) === 0 && Number(om ?? 0) === 0 && Number(os ?? 0) === 0)) {
    return formatParts(y, mo, d, h, mi, s, frac);
  }
  return shiftToUtc({ y, mo, d, h, mi, s, frac: frac ?? '' }, sign === '+' ? 1 : -1, Number(oh), Number(om ?? 0), Number(os ?? 0));
}

/**
 * Parses an RFC 3339 timestamp sent by a client (any number of fraction digits, `Z` or an offset)
 * into the canonical UTC form, with the fraction cut to microseconds (what PostgreSQL stores).
 * Returns `null` for Go's zero time (year 1), which clients send to mean "none".
 * Throws `InvalidTimestampError` for anything else.
 */
export function parseClientTimestamp(input: string): Timestamp | null {
  if (input === ZERO_TIME) return null;
  const canonical = CANONICAL_TIMESTAMP.exec(input);
  if (canonical) {
    const [, y, mo, d, h, mi, s] = canonical;
    assertCalendarValid(input, y, mo, d, h, mi, s);
    return Number(y) <= 1 ? null : input;
  }
  const m = CLIENT_TIMESTAMP.exec(input);
  if (!m) {
    const dateOnly = DATE_ONLY.exec(input);
    if (!dateOnly) throw new InvalidTimestampError(input);
    const [, y, mo, d] = dateOnly;
    assertCalendarValid(input, y, mo, d, '00', '00', '00');
    return Number(y) <= 1 ? null : formatParts(y, mo, d, '00', '00', '00', undefined);
  }
  const [, y, mo, d, h, mi, s, frac, , sign, oh, om] = m;
  assertCalendarValid(input, y, mo, d, h, mi, s);
  if (Number(y) <= 1) return null;
  const micro = (frac ?? '').slice(0, 6);
  if (!sign) return formatParts(y, mo, d, h, mi, s, micro);
  return shiftToUtc({ y, mo, d, h, mi, s, frac: micro }, sign === '+' ? 1 : -1, Number(oh), Number(om), 0);
}

/** Whether parseClientTimestamp accepts `input`, without building its result (for validating bulk bodies). */
export function isClientTimestamp(input: string): boolean {
  if (input === ZERO_TIME) return true;
  const m = CLIENT_TIMESTAMP.exec(input) ?? DATE_ONLY.exec(input);
  return m !== null && isCalendarValid(m[1], m[2], m[3], m[4] ?? '00', m[5] ?? '00', m[6] ?? '00');
}

/** Input already in the canonical form (UTC, at most microseconds, no trailing zeros), as Preserv sends it. */
const CANONICAL_TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{0,5}[1-9])?Z$/;
const CLIENT_TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|z|([+-])(\d{2}):(\d{2}))$/;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The value to bind as a query parameter for a `timestamp without time zone` column. */
export function toPgTimestamp(ts: Timestamp): string {
  return ts.endsWith('Z') ? ts.slice(0, -1) : ts;
}

/** Canonical form of a JS Date (millisecond precision). */
export function fromDate(date: Date): Timestamp {
  return trimFraction(date.toISOString());
}

/** The canonical form of "now". Microseconds are not available from the JS clock; milliseconds are kept. */
export function nowTimestamp(): Timestamp {
  return fromDate(new Date());
}

/** Milliseconds since the epoch (sub-millisecond digits are dropped); for arithmetic only. */
export function toEpochMillis(ts: Timestamp): number {
  return Date.parse(ts);
}

/** The API wire form: the canonical timestamp, or Go's zero time for "none". */
export function toWireTimestamp(ts: Timestamp | null | undefined): string {
  return ts ?? ZERO_TIME;
}

export class InvalidTimestampError extends Error {
  constructor(readonly input: string) {
    super(`"${input}" is not an RFC 3339 timestamp`);
    this.name = 'InvalidTimestampError';
  }
}

function assertCalendarValid(input: string, y: string, mo: string, d: string, h: string, mi: string, s: string): void {
  if (!isCalendarValid(y, mo, d, h, mi, s)) throw new InvalidTimestampError(input);
}

/** Plain arithmetic rather than a round trip through Date: this runs for every timestamp of a bulk body. */
function isCalendarValid(y: string, mo: string, d: string, h: string, mi: string, s: string): boolean {
  const month = Number(mo);
  const day = Number(d);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(y), month) && Number(h) <= 23 && Number(mi) <= 59 && Number(s) <= 59;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function formatParts(y: string, mo: string, d: string, h: string, mi: string, s: string, frac: string | undefined): Timestamp {
  const fraction = (frac ?? '').replace(/0+$/, '');
  return `${y}-${mo}-${d}T${h}:${mi}:${s}${fraction ? `.${fraction}` : ''}Z`;
}

function trimFraction(iso: string): Timestamp {
  return iso.replace(/\.(\d*?)0+Z$/, (_, digits: string) => (digits ? `.${digits}Z` : 'Z'));
}

function shiftToUtc(
  p: { y: string; mo: string; d: string; h: string; mi: string; s: string; frac: string },
  sign: number,
  oh: number,
  om: number,
  os: number,
): Timestamp {
  const local = Date.UTC(Number(p.y), Number(p.mo) - 1, Number(p.d), Number(p.h), Number(p.mi), Number(p.s));
  const utc = new Date(local - sign * ((oh * 60 + om) * 60 + os) * 1000);
  const iso = utc.toISOString(); // YYYY-MM-DDTHH:MM:SS.000Z
  const fraction = p.frac.replace(/0+$/, '');
  return `${iso.slice(0, 19)}${fraction ? `.${fraction}` : ''}Z`;
}
