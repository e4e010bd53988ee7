import { fromDate, fromPgTimestamp, InvalidTimestampError, isClientTimestamp, parseClientTimestamp, toPgTimestamp, toWireTimestamp, ZERO_TIME } from './timestamp.js';

describe(fromPgTimestamp.name, () => {
  it('turns a timestamp without time zone into the canonical UTC form', () => {
    expect(fromPgTimestamp('2021-01-12 17:14:35')).toBe('2021-01-12T17:14:35Z');
  });

  it('keeps microseconds and trims trailing zeros from the fraction', () => {
    expect(fromPgTimestamp('2026-11-23 00:44:40.678310')).toBe('2026-11-23T00:44:40.67831Z');
    expect(fromPgTimestamp('2021-01-12 17:14:35.000001')).toBe('2021-01-12T17:14:35.000001Z');
    expect(fromPgTimestamp('2021-01-12 17:14:35.000')).toBe('2021-01-12T17:14:35Z');
  });

  it('reads the form PostgreSQL writes in JSON', () => {
    expect(fromPgTimestamp('2016-08-26T18:53:32.654321')).toBe('2016-08-26T18:53:32.654321Z');
    expect(fromPgTimestamp('2016-08-26T18:53:32.65')).toBe('2016-08-26T18:53:32.65Z');
  });

  it('reads timestamptz in UTC and converts other offsets to UTC', () => {
    expect(fromPgTimestamp('2021-01-12 17:14:35.5+00')).toBe('2021-01-12T17:14:35.5Z');
    expect(fromPgTimestamp('2021-01-12 23:30:00.25+05:30')).toBe('2021-01-12T18:00:00.25Z');
    expect(fromPgTimestamp('2021-12-31 22:00:00-04')).toBe('2022-01-01T02:00:00Z');
  });

  it('passes infinity through and refuses text that is no timestamp', () => {
    expect(fromPgTimestamp('infinity')).toBe('infinity');
    expect(() => fromPgTimestamp('yesterday')).toThrow('Unrecognised PostgreSQL timestamp');
  });
});

describe(parseClientTimestamp.name, () => {
  it('accepts RFC 3339 in UTC with any number of fraction digits, cutting to microseconds', () => {
    expect(parseClientTimestamp('2021-01-12T17:14:35Z')).toBe('2021-01-12T17:14:35Z');
    expect(parseClientTimestamp('2021-01-12T17:14:35.123456789Z')).toBe('2021-01-12T17:14:35.123456Z');
    expect(parseClientTimestamp('2021-01-12T17:14:35.1Z')).toBe('2021-01-12T17:14:35.1Z');
  });

  it('converts a local offset to UTC, across a day boundary', () => {
    expect(parseClientTimestamp('2021-01-12T21:14:35.25-04:00')).toBe('2021-01-13T01:14:35.25Z');
    expect(parseClientTimestamp('2021-01-01T01:00:00+02:00')).toBe('2020-12-31T23:00:00Z');
  });

  it('reads a bare date as midnight UTC', () => {
    expect(parseClientTimestamp('2021-03-04')).toBe('2021-03-04T00:00:00Z');
  });

  it("treats Go's zero time as no value", () => {
    expect(parseClientTimestamp(ZERO_TIME)).toBeNull();
    expect(parseClientTimestamp('0001-01-01T00:00:00.000Z')).toBeNull();
  });

  it.each(['', 'not a date', '2021-01-12 17:14', '2021-13-01T00:00:00Z', '2021-02-30T00:00:00Z', '2021-01-12T25:00:00Z', '2021-01-12T17:14:35'])(
    'refuses %j',
    (input) => {
      expect(() => parseClientTimestamp(input)).toThrow(InvalidTimestampError);
    },
  );
});

describe(toPgTimestamp.name, () => {
  it('drops the zone designator for a timestamp without time zone column', () => {
    expect(toPgTimestamp('2021-01-12T17:14:35.123456Z')).toBe('2021-01-12T17:14:35.123456');
  });
});

describe(fromDate.name, () => {
  it('gives the canonical form of a Date', () => {
    expect(fromDate(new Date(Date.UTC(2021, 0, 12, 17, 14, 35, 120)))).toBe('2021-01-12T17:14:35.12Z');
    expect(fromDate(new Date(Date.UTC(2021, 0, 12, 17, 14, 35)))).toBe('2021-01-12T17:14:35Z');
  });
});

describe(toWireTimestamp.name, () => {
  it("writes Go's zero time for a missing value", () => {
    expect(toWireTimestamp(null)).toBe('0001-01-01T00:00:00Z');
    expect(toWireTimestamp('2021-01-12T17:14:35Z')).toBe('2021-01-12T17:14:35Z');
  });
});

describe('parseClientTimestamp calendar checks', () => {
  it.each(['2024-02-29T00:00:00Z', '2000-02-29T12:00:00Z', '2021-04-30T23:59:59.999999Z', '2021-12-31T00:00:00+14:00'])('accepts %s', (input) => {
    expect(parseClientTimestamp(input)).not.toBeNull();
  });

  it.each(['2023-02-29T00:00:00Z', '1900-02-29T00:00:00Z', '2021-04-31T00:00:00Z', '2021-06-00T00:00:00Z', '2021-01-01T23:60:00Z', '2021-01-01T23:59:60Z'])(
    'refuses %s',
    (input) => {
      expect(() => parseClientTimestamp(input)).toThrow(InvalidTimestampError);
    },
  );

  it('reads Go zero time as none', () => {
    expect(parseClientTimestamp('0001-01-01T00:00:00Z')).toBeNull();
  });
});

describe(isClientTimestamp.name, () => {
  it.each(['2021-01-12T17:14:35Z', '2021-01-12T17:14:35.123456789+02:00', '2021-01-12', '0001-01-01T00:00:00Z', '2024-02-29T00:00:00z'])('accepts %j as parseClientTimestamp does', (input) => {
    expect(isClientTimestamp(input)).toBe(true);
    expect(() => parseClientTimestamp(input)).not.toThrow();
  });

  it.each(['', 'yesterday', '2021-02-30T00:00:00Z', '2021-01-12T17:14:35', '2021-01-12T24:00:00Z', '2021-1-12'])('refuses %j as parseClientTimestamp does', (input) => {
    expect(isClientTimestamp(input)).toBe(false);
    expect(() => parseClientTimestamp(input)).toThrow(InvalidTimestampError);
  });
});
