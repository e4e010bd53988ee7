import { ListQueryError } from './list-query.error.js';
import { DEFAULT_PER_PAGE, MAX_PER_PAGE, parseListQuery, toQueryParams, type RawQuery } from './list-query.js';
import { defineListSpec, FILTER_OPERATORS } from './list-spec.js';

const spec = defineListSpec({
  fields: {
    action: { column: 'wi.action', type: 'string', filters: ['eq', 'in', 'not_in'], sortable: true },
    name: { column: 'wi.name', type: 'string', filters: ['eq', 'ne', 'starts_with', 'contains'], sortable: true },
    user: { column: 'wi."user"', type: 'string', filters: ['eq'], sortable: true },
    size: { column: 'wi.size', type: 'integer', filters: ['eq', 'gt', 'gteq', 'lt', 'lteq', 'in'], sortable: true },
    ratio: { column: 'wi.ratio', type: 'number', filters: ['gteq', 'lteq'] },
    retry: { column: 'wi.retry', type: 'boolean', filters: ['eq', 'ne'] },
    node: { column: 'wi.node', type: 'string', filters: ['is_null', 'not_null'] },
    queued_at: { column: 'wi.queued_at', type: 'timestamp', filters: ['is_null', 'not_null', 'gteq', 'lteq'], sortable: true },
    bag_date: { column: 'wi.bag_date', type: 'date', filters: ['eq', 'gteq'] },
    updated_at: { column: 'wi.updated_at', type: 'timestamp', sortable: true },
    id: { column: 'wi.id', type: 'integer', sortable: true },
  },
  defaultSort: 'updated_at__desc',
  tiebreaker: 'wi.id',
});

function parse(raw: RawQuery) {
  return parseListQuery(raw, spec);
}

function errorOf(raw: RawQuery, options?: Parameters<typeof parseListQuery>[2]): ListQueryError {
  try {
    parseListQuery(raw, spec, options);
  } catch (err) {
    if (err instanceof ListQueryError) return err;
    throw err;
  }
  throw new Error('expected a ListQueryError');
}

describe('defineListSpec', () => {
  it('lists the allowed filter keys with their operators, eq as the bare field', () => {
    expect(spec.filterKeys).toEqual(
      expect.arrayContaining(['action', 'action__in', 'action__not_in', 'size__gteq', 'node__is_null', 'queued_at__not_null']),
    );
    expect(spec.filterKeys).not.toContain('action__eq');
    expect(spec.filterKeys).not.toContain('updated_at');
    expect(spec.sortableFields).toEqual(['action', 'name', 'user', 'size', 'queued_at', 'updated_at', 'id']);
  });

  it('parses the default sort, which may be a list', () => {
    expect(spec.defaultSort).toEqual([{ field: 'updated_at', direction: 'desc' }]);
    const multi = defineListSpec({
      fields: { a: { column: 'a', type: 'string', sortable: true }, b: { column: 'b', type: 'string', sortable: true } },
      defaultSort: ['a', 'b__desc'],
    });
    expect(multi.defaultSort).toEqual([
      { field: 'a', direction: 'asc' },
      { field: 'b', direction: 'desc' },
    ]);
  });

  it.each([
    ['an unknown operator', { a: { column: 'a', type: 'string', filters: ['like'] } }],
    ['starts_with on a non-string field', { a: { column: 'a', type: 'integer', filters: ['starts_with'] } }],
    ['contains on a timestamp field', { a: { column: 'a', type: 'timestamp', filters: ['contains'] } }],
    ['gt on a boolean field', { a: { column: 'a', type: 'boolean', filters: ['gt'] } }],
    ['an unknown type', { a: { column: 'a', type: 'uuid' } }],
    ['a reserved name', { page: { column: 'a', type: 'integer' } }],
    ['a name with __', { a__b: { column: 'a', type: 'string' } }],
    ['an empty column', { a: { column: ' ', type: 'string' } }],
  ])('rejects %s', (_, fields) => {
    expect(() => defineListSpec({ fields } as never)).toThrow(/List spec/);
  });

  it('rejects a default sort on a field that is not sortable', () => {
    expect(() => defineListSpec({ fields: { a: { column: 'a', type: 'string' } }, defaultSort: 'a__desc' })).toThrow(/default sort/);
    expect(() => defineListSpec({ fields: { a: { column: 'a', type: 'string', sortable: true } }, defaultSort: 'a__down' as 'a' })).toThrow(
      /default sort/,
    );
  });
});

describe('toQueryParams', () => {
  it('decodes a raw query string with URLSearchParams rules (+ is a space)', () => {
    expect(toQueryParams('?event_type=message+digest+calculation&name=a%2Bb%20c&x=%E2%9C%93')).toEqual([
      ['event_type', 'message digest calculation'],
      ['name', 'a+b c'],
      ['x', '✓'],
    ]);
  });

  it('flattens Fastify arrays in order and drops undefined', () => {
    expect(toQueryParams({ action__in: ['Ingest', 'Delete'], name: 'x', gone: undefined })).toEqual([
      ['action__in', 'Ingest'],
      ['action__in', 'Delete'],
      ['name', 'x'],
    ]);
  });

  it('accepts URLSearchParams', () => {
    expect(toQueryParams(new URLSearchParams([['a', '1'], ['a', '2']]))).toEqual([
      ['a', '1'],
      ['a', '2'],
    ]);
  });
});

describe('parseListQuery', () => {
  describe('defaults', () => {
    it('has no filters, the default sort, page 1 and per_page 20 for an empty query', () => {
      expect(parse({})).toEqual({
        filters: [],
        sorts: [{ field: 'updated_at', direction: 'desc' }],
        sortIsDefault: true,
        page: 1,
        perPage: DEFAULT_PER_PAGE,
        offset: 0,
      });
      expect(parse('')).toEqual(parse({}));
    });

    it('takes another default page size from the options', () => {
      expect(parseListQuery({}, spec, { defaultPerPage: 50 }).perPage).toBe(50);
    });
  });

  describe('filters', () => {
    it('reads a bare key as eq', () => {
      expect(parse({ action: 'Ingest' }).filters).toEqual([{ key: 'action', field: 'action', op: 'eq', values: ['Ingest'] }]);
    });

    it('accepts an explicit __eq for a field that allows eq', () => {
      expect(parse({ action__eq: 'Ingest' }).filters).toEqual([{ key: 'action__eq', field: 'action', op: 'eq', values: ['Ingest'] }]);
    });

    it.each([
      ['ne', 'name__ne', 'x', 'x'],
      ['gt', 'size__gt', '10', 10],
      ['gteq', 'size__gteq', '10', 10],
      ['lt', 'size__lt', '-5', -5],
      ['lteq', 'size__lteq', '0', 0],
      ['starts_with', 'name__starts_with', 'abc', 'abc'],
      ['contains', 'name__contains', '50%_off\\', '50%_off\\'],
    ])('reads %s', (op, key, input, value) => {
      const field = key.split('__')[0];
      expect(parse({ [key]: input }).filters).toEqual([{ key, field, op, values: [value] }]);
    });

    it('collects every value of a repeated in / not_in key, without splitting on commas', () => {
      expect(parse('action__in=Ingest&action__in=Glacier+Restore&action__in=a,b').filters).toEqual([
        { key: 'action__in', field: 'action', op: 'in', values: ['Ingest', 'Glacier Restore', 'a,b'] },
      ]);
      expect(parse({ action__not_in: ['Delete', 'Restore'] }).filters).toEqual([
        { key: 'action__not_in', field: 'action', op: 'not_in', values: ['Delete', 'Restore'] },
      ]);
      expect(parse({ size__in: ['1', '22'] }).filters[0]?.values).toEqual([1, 22]);
    });

    it('keeps an empty string among in values of a string field', () => {
      expect(parse({ action__in: ['', 'Ingest'] }).filters[0]?.values).toEqual(['', 'Ingest']);
    });

    it('uses the first value of a repeated single-value key, as the reference does', () => {
      expect(parse('name=a&name=b').filters).toEqual([{ key: 'name', field: 'name', op: 'eq', values: ['a'] }]);
    });

    it.each([
      ['true', true],
      ['false', false],
      ['TRUE', true],
    ])('reads is_null=%s', (input, value) => {
      expect(parse({ node__is_null: input }).filters).toEqual([{ key: 'node__is_null', field: 'node', op: 'is_null', values: [value] }]);
      expect(parse({ node__not_null: input }).filters).toEqual([{ key: 'node__not_null', field: 'node', op: 'not_null', values: [value] }]);
    });

    it('parses is_null on a timestamp field as a boolean, not a timestamp', () => {
      expect(parse({ queued_at__is_null: 'true' }).filters[0]?.values).toEqual([true]);
    });

    it.each(['maybe', '1', 'yes', 'null', ' true'])('applies no is_null / not_null condition for %j, as the reference does', (input) => {
      expect(parse({ node__is_null: input, queued_at__not_null: input }).filters).toEqual([]);
      expect(parse({ node__is_null: input, action: 'Ingest' }).filters.map((f) => f.key)).toEqual(['action']);
    });

    it('reads only the first value of a repeated is_null key', () => {
      expect(parse('node__is_null=false&node__is_null=true').filters[0]?.values).toEqual([false]);
      expect(parse('node__is_null=&node__is_null=true').filters).toEqual([]);
    });

    it('skips a filter whose values are all empty', () => {
      expect(parse('name=&size__gteq=&action__in=&action__in=&node__is_null=').filters).toEqual([]);
    });

    it('ANDs filters in request order', () => {
      expect(parse('size__lteq=100&action=Ingest&size__gteq=5').filters.map((f) => f.key)).toEqual(['size__lteq', 'action', 'size__gteq']);
    });

    it('keeps decoded + and percent-encoded values from a raw string', () => {
      expect(parse('name=a+b%2Bc%25d').filters[0]?.values).toEqual(['a b+c%d']);
    });

    it('keeps UTF-8 values', () => {
      expect(parse('name=%E6%97%A5%E6%9C%AC%F0%9F%93%A6').filters[0]?.values).toEqual(['日本📦']);
      expect(parse({ name__contains: 'Zürich' }).filters[0]?.values).toEqual(['Zürich']);
    });

    describe('typed values', () => {
      it('reads integers up to the safe range', () => {
        expect(parse({ size: '9007199254740991' }).filters[0]?.values).toEqual([9007199254740991]);
        expect(parse({ size: '007' }).filters[0]?.values).toEqual([7]);
      });

      it('reads numbers', () => {
        expect(parse({ ratio__gteq: '0.5', ratio__lteq: '1e3' }).filters.map((f) => f.values[0])).toEqual([0.5, 1000]);
        expect(parse({ ratio__gteq: '-.25' }).filters[0]?.values).toEqual([-0.25]);
      });

      it('reads booleans', () => {
        expect(parse({ retry: 'true' }).filters[0]?.values).toEqual([true]);
        expect(parse({ retry__ne: 'false' }).filters[0]?.values).toEqual([false]);
      });

      it.each([
        ['2024-03-01T12:00:00Z', '2024-03-01T12:00:00Z'],
        ['2024-03-01T12:00:00.123456789Z', '2024-03-01T12:00:00.123456Z'],
        ['2024-03-01T12:00:00.500000Z', '2024-03-01T12:00:00.5Z'],
        ['2024-03-01T08:00:00-04:00', '2024-03-01T12:00:00Z'],
        ['2024-03-01T23:30:00.25-04:00', '2024-03-02T03:30:00.25Z'],
        ['2024-03-01T01:00:00+05:30', '2024-02-29T19:30:00Z'],
        ['2024-03-01', '2024-03-01T00:00:00Z'],
        ['0001-01-01T00:00:00Z', '0001-01-01T00:00:00Z'],
      ])('reads the timestamp %s as %s in UTC', (input, value) => {
        expect(parse({ queued_at__gteq: input }).filters[0]?.values).toEqual([value]);
      });

      it('reads a timestamp with an offset from a raw string where + would be a space', () => {
        expect(parse('queued_at__gteq=2024-03-01T01:00:00%2B05:30').filters[0]?.values).toEqual(['2024-02-29T19:30:00Z']);
      });

      it('reads dates', () => {
        expect(parse({ bag_date: '2024-02-29' }).filters[0]?.values).toEqual(['2024-02-29']);
      });
    });
  });

  describe('sorting', () => {
    it.each([
      ['name', { field: 'name', direction: 'asc' }],
      ['name__asc', { field: 'name', direction: 'asc' }],
      ['name__desc', { field: 'name', direction: 'desc' }],
    ])('reads sort=%s', (value, sort) => {
      expect(parse({ sort: value })).toMatchObject({ sorts: [sort], sortIsDefault: false });
    });

    it('keeps repeated sorts in order and drops the default', () => {
      expect(parse('sort=action&sort=updated_at__desc&sort=id__asc').sorts).toEqual([
        { field: 'action', direction: 'asc' },
        { field: 'updated_at', direction: 'desc' },
        { field: 'id', direction: 'asc' },
      ]);
    });

    it('sorts on a field that is sortable but not filterable', () => {
      expect(parse({ sort: 'id__desc' }).sorts).toEqual([{ field: 'id', direction: 'desc' }]);
    });

    it.each([
      ['name__up', 'asc'],
      ['name__DESC', 'asc'],
      ['name__', 'asc'],
      ['name__asc__desc', 'asc'],
      ['name__desc__x', 'desc'],
    ])('sorts %s %s: a missing or invalid direction is asc (api.md §4.4)', (value, direction) => {
      expect(parse({ sort: value }).sorts).toEqual([{ field: 'name', direction }]);
    });

    it('keeps a field sorted twice, in request order, as the reference does', () => {
      expect(parse('sort=name&sort=id__desc&sort=name__desc').sorts).toEqual([
        { field: 'name', direction: 'asc' },
        { field: 'id', direction: 'desc' },
        { field: 'name', direction: 'desc' },
      ]);
    });
  });

  describe('paging', () => {
    it.each([
      [{ page: '3', per_page: '5' }, { page: 3, perPage: 5, offset: 10 }],
      [{ page: '1', per_page: '1' }, { page: 1, perPage: 1, offset: 0 }],
      [{ page: '2' }, { page: 2, perPage: 20, offset: 20 }],
      [{ per_page: '1000' }, { page: 1, perPage: 1000, offset: 0 }],
      [{ per_page: '1001' }, { page: 1, perPage: MAX_PER_PAGE, offset: 0 }],
      [{ page: '', per_page: '' }, { page: 1, perPage: 20, offset: 0 }],
      [{ page: '02', per_page: '010' }, { page: 2, perPage: 10, offset: 10 }],
      [{ page: '+2', per_page: '+5' }, { page: 2, perPage: 5, offset: 5 }],
    ])('reads %j', (raw, expected) => {
      expect(parse(raw)).toMatchObject(expected);
    });

    it.each(['0', '-1', '-0', 'abc', '1.5', '1e3', ' 2', '2 ', '99999999999999999999'])('reads page=%j as page 1 (api.md §4.2)', (page) => {
      expect(parse({ page, per_page: '5' })).toMatchObject({ page: 1, perPage: 5, offset: 0 });
    });

    it.each(['0', '-1', '-20', 'all', '1.5', '1e3', ' 5', '99999999999999999999'])('reads per_page=%j as the default size', (perPage) => {
      expect(parse({ page: '3', per_page: perPage })).toMatchObject({ page: 3, perPage: DEFAULT_PER_PAGE, offset: 40 });
      expect(parseListQuery({ page: '3', per_page: perPage }, spec, { defaultPerPage: 5 })).toMatchObject({ perPage: 5, offset: 10 });
    });

    it('caps per_page at 1000 for the page size but computes the offset with the requested size, as the reference does', () => {
      expect(parse({ page: '3', per_page: '5000' })).toMatchObject({ page: 3, perPage: MAX_PER_PAGE, offset: 10_000 });
      expect(parse({ page: '2', per_page: '1001' })).toMatchObject({ page: 2, perPage: MAX_PER_PAGE, offset: 1001 });
    });

    it('uses the first of repeated page / per_page values, as the reference does', () => {
      expect(parse('per_page=1&page=1&per_page=1&page=1')).toMatchObject({ page: 1, perPage: 1 });
      expect(parse('page=2&page=5')).toMatchObject({ page: 2 });
    });
  });

  describe('errors', () => {
    it('names unknown keys in the reference wording', () => {
      const err = errorOf('foo=1&title=x&action=Ingest');
      expect(err).toBeInstanceOf(ListQueryError);
      expect(err).toBeInstanceOf(Error);
      expect(err.message).toBe('Invalid query params: foo, title');
      expect(err.parameters).toEqual(['foo', 'title']);
      expect(err.problems.map((p) => p.kind)).toEqual(['unknown_parameter', 'unknown_parameter']);
    });

    it('treats a key of a known field that is not filterable as unknown', () => {
      expect(errorOf({ updated_at: '2024-01-01' }).message).toBe('Invalid query params: updated_at');
      expect(errorOf({ id: '1' }).message).toBe('Invalid query params: id');
    });

    it('rejects unknown keys even with empty values', () => {
      expect(errorOf('foo=').message).toBe('Invalid query params: foo');
    });

    it.each([
      ['size__gt__x', 'Invalid query param size__gt__x: is not a field__operator key'],
      ['size__gteq__lteq', 'Invalid query param size__gteq__lteq: is not a field__operator key'],
      ['size__between', 'Invalid query param size__between: has an unknown operator "between"'],
      ['size__', 'Invalid query param size__: has an unknown operator ""'],
      ['node__is_not_null', 'Invalid query param node__is_not_null: has an unknown operator "is_not_null"'],
    ])('rejects the malformed key %s', (key, message) => {
      const err = errorOf({ [key]: '1' });
      expect(err.message).toBe(message);
      expect(err.parameters).toEqual([key]);
      expect(err.problems[0]?.kind).toBe('invalid_parameter');
    });

    it('rejects an operator the field does not allow, listing the allowed keys', () => {
      expect(errorOf({ retry__gt: 'true' }).message).toBe(
        'Invalid query param retry__gt: operator "gt" is not allowed on retry (allowed: retry, retry__ne)',
      );
      expect(errorOf({ name__in: 'x' }).message).toBe(
        'Invalid query param name__in: operator "in" is not allowed on name (allowed: name, name__ne, name__starts_with, name__contains)',
      );
      expect(errorOf({ node: 'x' }).message).toMatch(/^Invalid query param node: operator "eq" is not allowed on node/);
      expect(errorOf({ user__ne: 'x' }).parameters).toEqual(['user__ne']);
    });

    it.each([
      ['size__gteq', 'abc', 'Invalid value for size__gteq: "abc" is not an integer'],
      ['size__gteq', '1.5', 'Invalid value for size__gteq: "1.5" is not an integer'],
      ['size__gteq', ' 1', 'Invalid value for size__gteq: " 1" is not an integer'],
      ['size__gteq', '+1', 'Invalid value for size__gteq: "+1" is not an integer'],
      ['size', '9007199254740993', 'Invalid value for size: "9007199254740993" is out of range'],
      ['ratio__gteq', '1,5', 'Invalid value for ratio__gteq: "1,5" is not a number'],
      ['ratio__gteq', 'Infinity', 'Invalid value for ratio__gteq: "Infinity" is not a number'],
      ['retry', 'yes', 'Invalid value for retry: "yes" must be true or false'],
      ['retry', '1', 'Invalid value for retry: "1" must be true or false'],
      ['queued_at__gteq', 'yesterday', 'Invalid value for queued_at__gteq: "yesterday" is not an RFC 3339 timestamp or a YYYY-MM-DD date'],
      ['queued_at__gteq', '2024-02-30', 'Invalid value for queued_at__gteq: "2024-02-30" is not an RFC 3339 timestamp or a YYYY-MM-DD date'],
      ['queued_at__gteq', '2024-03-01T12:00:00', 'Invalid value for queued_at__gteq: "2024-03-01T12:00:00" is not an RFC 3339 timestamp or a YYYY-MM-DD date'],
      ['queued_at__lteq', '2024-03-01T25:00:00Z', 'Invalid value for queued_at__lteq: "2024-03-01T25:00:00Z" is not an RFC 3339 timestamp or a YYYY-MM-DD date'],
      ['bag_date', '2023-02-29', 'Invalid value for bag_date: "2023-02-29" is not a YYYY-MM-DD date'],
      ['bag_date', '2024-03-01T00:00:00Z', 'Invalid value for bag_date: "2024-03-01T00:00:00Z" is not a YYYY-MM-DD date'],
    ])('rejects %s=%j', (key, value, message) => {
      const err = errorOf({ [key]: value });
      expect(err.message).toBe(message);
      expect(err.parameters).toEqual([key]);
      expect(err.problems[0]?.kind).toBe('invalid_value');
    });

    it('rejects every bad value of an in list and an empty one for a non-string field', () => {
      const err = errorOf({ size__in: ['1', 'x', '', '3'] });
      expect(err.message).toBe('Invalid value for size__in: "x" is not an integer; Invalid value for size__in: "" is not an integer');
      expect(err.parameters).toEqual(['size__in']);
    });

    it.each([
      ['', 'Invalid value for sort: "" is empty'],
      ['foo', 'Invalid value for sort: "foo" is not a sortable field (sortable: action, name, user, size, queued_at, updated_at, id)'],
      ['foo__desc', 'Invalid value for sort: "foo__desc" is not a sortable field (sortable: action, name, user, size, queued_at, updated_at, id)'],
      ['retry__asc', 'Invalid value for sort: "retry__asc" is not a sortable field (sortable: action, name, user, size, queued_at, updated_at, id)'],
      ['NAME', 'Invalid value for sort: "NAME" is not a sortable field (sortable: action, name, user, size, queued_at, updated_at, id)'],
      ['__asc', 'Invalid value for sort: "__asc" is not a sortable field (sortable: action, name, user, size, queued_at, updated_at, id)'],
    ])('rejects sort=%j, whatever its direction', (value, message) => {
      const err = errorOf({ sort: value });
      expect(err.message).toBe(message);
      expect(err.parameters).toEqual(['sort']);
      expect(err.problems[0]?.kind).toBe('invalid_value');
    });

    it('rejects an empty or unknown sort among valid ones', () => {
      expect(errorOf('sort=name&sort=').message).toBe('Invalid value for sort: "" is empty');
      expect(errorOf('sort=name__up&sort=nope__desc').parameters).toEqual(['sort']);
    });

    it('rejects a page whose offset is past the safe integer range', () => {
      expect(errorOf({ page: '9007199254740991', per_page: '1000' }).message).toBe('Invalid value for page: "9007199254740991" is too large');
    });

    it('collects every problem, unknown keys first, and none for paging or an is_null value', () => {
      const err = errorOf('size__gteq=abc&foo=1&sort=nope&per_page=0&page=x&size__ne=1&title=x&node__is_null=x');
      expect(err.parameters).toEqual(['size__gteq', 'foo', 'sort', 'size__ne', 'title']);
      expect(err.message).toBe(
        [
          'Invalid query params: foo, title',
          'Invalid value for size__gteq: "abc" is not an integer',
          'Invalid value for sort: "nope" is not a sortable field (sortable: action, name, user, size, queued_at, updated_at, id)',
          'Invalid query param size__ne: operator "ne" is not allowed on size (allowed: size, size__gt, size__gteq, size__lt, size__lteq, size__in)',
        ].join('; '),
      );
    });

    it('shortens long input quoted in the message', () => {
      const long = 'x'.repeat(500);
      const err = errorOf({ [long]: '1', size: long });
      expect(err.message).toBe(`Invalid query params: ${'x'.repeat(100)}…; Invalid value for size: "${'x'.repeat(100)}…" is not an integer`);
      expect(err.parameters).toEqual([long, 'size']);
    });

    it('quotes control characters in values', () => {
      expect(errorOf({ size: 'a"\n' }).message).toBe('Invalid value for size: "a\\"\\n" is not an integer');
    });

    describe('with unknownParameters: ignore (web pages)', () => {
      it('skips unknown and malformed keys and disallowed operators', () => {
        const query = parseListQuery('foo=1&size__gt__x=1&size__between=1&retry__gt=true&action=Ingest', spec, { unknownParameters: 'ignore' });
        expect(query.filters.map((f) => f.key)).toEqual(['action']);
      });

      it('still rejects bad values and unknown sorts, and reads bad paging as the defaults', () => {
        expect(errorOf('foo=1&size=x&sort=nope&page=0', { unknownParameters: 'ignore' }).parameters).toEqual(['size', 'sort']);
        expect(parseListQuery('page=0&per_page=-1&sort=name__up', spec, { unknownParameters: 'ignore', defaultPerPage: 5 })).toMatchObject({
          page: 1,
          perPage: 5,
          sorts: [{ field: 'name', direction: 'asc' }],
        });
      });
    });
  });

  it('knows every operator', () => {
    expect([...FILTER_OPERATORS]).toEqual(['eq', 'ne', 'gt', 'gteq', 'lt', 'lteq', 'starts_with', 'contains', 'in', 'not_in', 'is_null', 'not_null']);
  });
});
