import { encodeQuery, toListEnvelope } from './list-envelope.js';
import { parseListQuery, toQueryParams, type RawQuery } from './list-query.js';
import { defineListSpec } from './list-spec.js';
import { mapPage, type Page } from './page.js';

function pageOf<T>(items: T[], count: number, page: number, perPage: number, offset = (page - 1) * perPage): Page<T> {
  return { items, count, page, perPage, offset };
}

const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ id: i + 1 }));

describe('toListEnvelope', () => {
  describe('the links asserted by the reference tests (api.md §4.3)', () => {
    it('alerts: keeps sort, sets page and per_page', () => {
      const env = toListEnvelope(pageOf(rows(5), 20, 2, 5), '/member-api/v3/alerts', 'sort=created_at__asc&per_page=5&page=2');
      expect(env.next).toBe('/member-api/v3/alerts?page=3&per_page=5&sort=created_at__asc');
      expect(env.previous).toBe('/member-api/v3/alerts?page=1&per_page=5&sort=created_at__asc');
    });

    it('events: adds per_page although it was not requested', () => {
      const env = toListEnvelope(pageOf(rows(20), 54, 1, 20), '/member-api/v3/events', {});
      expect(env.next).toBe('/member-api/v3/events?page=2&per_page=20');
      expect(env.previous).toBe('');
    });

    it('storage records: sorts the keys alphabetically', () => {
      const env = toListEnvelope(pageOf(rows(1), 2, 1, 1), '/admin-api/v3/storage_records', {
        sort: 'id__asc',
        per_page: '1',
        generic_file_id: '1',
      });
      expect(env.next).toBe('/admin-api/v3/storage_records?generic_file_id=1&page=2&per_page=1&sort=id__asc');
    });
  });

  it('has count, next, previous, results and items, in that order, results and items the same rows', () => {
    const items = rows(2);
    const env = toListEnvelope(pageOf(items, 2, 1, 20), '/member-api/v3/items', {});
    expect(Object.keys(env)).toEqual(['count', 'next', 'previous', 'results', 'items']);
    expect(env).toEqual({ count: 2, next: '', previous: '', results: items, items });
    expect(JSON.parse(JSON.stringify(env))).toEqual({ count: 2, next: '', previous: '', results: [{ id: 1 }, { id: 2 }], items: [{ id: 1 }, { id: 2 }] });
  });

  it('uses empty strings, never null, for absent links, including an empty list', () => {
    const env = toListEnvelope(pageOf([], 0, 1, 20), '/member-api/v3/objects/', {});
    expect(env).toEqual({ count: 0, next: '', previous: '', results: [], items: [] });
  });

  describe('next is present iff count > offset + number of results', () => {
    it.each([
      // page, perPage, results, count, next?
      [1, 5, 5, 6, true],
      [1, 5, 5, 5, false],
      [2, 5, 5, 10, false],
      [2, 5, 5, 11, true],
      [3, 5, 2, 12, false],
      [1, 20, 0, 0, false],
      [9, 20, 0, 30, false],
    ])('page %i × %i with %i results of %i', (page, perPage, n, count, hasNext) => {
      const env = toListEnvelope(pageOf(rows(n), count, page, perPage), '/x', {});
      expect(env.next).toBe(hasNext ? `/x?page=${page + 1}&per_page=${perPage}` : '');
    });
  });

  describe('previous is present iff page > 1', () => {
    it.each([
      [1, ''],
      [2, '/x?page=1&per_page=20'],
      [7, '/x?page=6&per_page=20'],
    ])('page %i', (page, previous) => {
      expect(toListEnvelope(pageOf([], 0, page, 20), '/x', {}).previous).toBe(previous);
    });
  });

  it('writes the effective per_page, capped at 1000', () => {
    const query = parseListQuery({ per_page: '5000' }, defineListSpec({ fields: {} }));
    const env = toListEnvelope(pageOf(rows(1000), 1500, query.page, query.perPage, query.offset), '/x', { per_page: '5000' });
    expect(env.next).toBe('/x?page=2&per_page=1000');
  });

  describe('with per_page over 1000, whose offset uses the uncapped size (api.md §4.2)', () => {
    const query = parseListQuery({ page: '2', per_page: '1500' }, defineListSpec({ fields: {} }));

    it('links with the capped per_page', () => {
      const env = toListEnvelope(pageOf(rows(1000), 4000, query.page, query.perPage, query.offset), '/x', 'page=2&per_page=1500');
      expect(env.next).toBe('/x?page=3&per_page=1000');
      expect(env.previous).toBe('/x?page=1&per_page=1000');
    });

    it('has next only while rows remain after the real offset', () => {
      // Offset 1500 + 1000 results: 2500 rows are behind this page, not 2000.
      expect(toListEnvelope(pageOf(rows(1000), 2500, query.page, query.perPage, query.offset), '/x', {}).next).toBe('');
      expect(toListEnvelope(pageOf(rows(1000), 2501, query.page, query.perPage, query.offset), '/x', {}).next).toBe('/x?page=3&per_page=1000');
    });
  });

  describe('drops one trailing slash of the path from the links (Preserv sends /objects/?…)', () => {
    it.each([
      ['/admin-api/v3/objects/', '/admin-api/v3/objects'],
      ['/admin-api/v3/objects/?page=1', '/admin-api/v3/objects'],
      ['/member-api/v3/items//', '/member-api/v3/items/'],
      ['/member-api/v3/items', '/member-api/v3/items'],
      ['/', '/'],
    ])('%s links on %s', (path, linked) => {
      const env = toListEnvelope(pageOf(rows(1), 3, 2, 1), path, 'state=A');
      expect(env.next).toBe(`${linked}?page=3&per_page=1&state=A`);
      expect(env.previous).toBe(`${linked}?page=1&per_page=1&state=A`);
    });
  });

  it('replaces repeated page and per_page values with one each', () => {
    const env = toListEnvelope(pageOf(rows(1), 3, 2, 1), '/x', 'page=2&per_page=1&page=2&per_page=1&a=1');
    expect(env.next).toBe('/x?a=1&page=3&per_page=1');
    expect(env.previous).toBe('/x?a=1&page=1&per_page=1');
  });

  it('keeps repeated keys in request order', () => {
    const env = toListEnvelope(pageOf(rows(1), 3, 1, 1), '/files', 'storage_option__in=Wasabi-VA&state=A&storage_option__in=Standard');
    expect(env.next).toBe('/files?page=2&per_page=1&state=A&storage_option__in=Wasabi-VA&storage_option__in=Standard');
  });

  it('takes the same links from Fastify arrays, a raw string and URLSearchParams', () => {
    const inputs: RawQuery[] = [
      { action__in: ['Glacier Restore', 'Ingest'], name: 'a b' },
      'action__in=Glacier+Restore&name=a%20b&action__in=Ingest',
      new URLSearchParams('action__in=Glacier%20Restore&action__in=Ingest&name=a+b'),
    ];
    for (const raw of inputs) {
      expect(toListEnvelope(pageOf(rows(1), 3, 1, 1), '/items', raw).next).toBe('/items?action__in=Glacier+Restore&action__in=Ingest&name=a+b&page=2&per_page=1');
    }
  });

  it('ignores a query part in the path, so request.url can be passed', () => {
    const env = toListEnvelope(pageOf(rows(1), 3, 1, 1), '/items?name=x&page=1', { name: 'x', page: '1' });
    expect(env.next).toBe('/items?name=x&page=2&per_page=1');
  });

  it('keeps empty values', () => {
    expect(toListEnvelope(pageOf(rows(1), 3, 1, 1), '/x', 'name=&b=1').next).toBe('/x?b=1&name=&page=2&per_page=1');
  });
});

describe('encodeQuery (Go url.Values.Encode)', () => {
  const encode = (raw: RawQuery) => encodeQuery(toQueryParams(raw));

  it('writes a space as + and escapes + itself', () => {
    expect(encode({ event_type: 'message digest calculation', q: 'a+b' })).toBe('event_type=message+digest+calculation&q=a%2Bb');
  });

  it('leaves only A-Z a-z 0-9 - _ . ~ unescaped, with upper-case hex', () => {
    expect(encode({ v: "AZaz09-_.~!*'()/:?#[]@$&,;=%\\\"<> " })).toBe(
      'v=AZaz09-_.~%21%2A%27%28%29%2F%3A%3F%23%5B%5D%40%24%26%2C%3B%3D%25%5C%22%3C%3E+',
    );
  });

  it('encodes UTF-8', () => {
    expect(encode({ name: 'Zürich 日本📦' })).toBe('name=Z%C3%BCrich+%E6%97%A5%E6%9C%AC%F0%9F%93%A6');
  });

  it('replaces a lone surrogate instead of throwing', () => {
    expect(encode({ name: 'a\uD800b' })).toBe('name=a%EF%BF%BDb');
  });

  it('escapes keys too', () => {
    expect(encode({ 'a b&c': '1' })).toBe('a+b%26c=1');
  });

  it('sorts keys bytewise, as Go does', () => {
    expect(encode({ b: '1', B: '2', a_b: '3', ab: '4', 'é': '5', z: '6', '\u{1F4E6}': '7', '\uFF5E': '8' })).toBe(
      'B=2&a_b=3&ab=4&b=1&z=6&%C3%A9=5&%EF%BD%9E=8&%F0%9F%93%A6=7',
    );
  });

  it('does not treat inherited property names as overrides', () => {
    expect(encodeQuery([['constructor', 'x'], ['toString', 'y']], { page: '1' })).toBe('constructor=x&page=1&toString=y');
  });
});

describe('mapPage', () => {
  it('maps the items and keeps count and paging', () => {
    expect(mapPage(pageOf([{ id: 1 }, { id: 2 }], 7, 2, 2), (r) => r.id * 10)).toEqual({ items: [10, 20], count: 7, page: 2, perPage: 2, offset: 2 });
  });
});
