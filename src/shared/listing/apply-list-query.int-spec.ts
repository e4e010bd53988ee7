import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { applyListQuery } from './apply-list-query.js';
import { parseListQuery, type RawQuery } from './list-query.js';
import { defineListSpec, type FilterOperator } from './list-spec.js';
import { runListQuery } from './page.js';

const ALL: FilterOperator[] = ['eq', 'ne', 'gt', 'gteq', 'lt', 'lteq', 'in', 'not_in', 'is_null', 'not_null'];

const spec = defineListSpec({
  fields: {
    id: { column: 't.id', type: 'integer', sortable: true },
    institution_id: { column: 't.institution_id', type: 'integer', filters: ['eq', 'in'] },
    name: { column: 't.name', type: 'string', filters: [...ALL, 'starts_with', 'contains'], sortable: true },
    user: { column: 't."user"', type: 'string', filters: ['eq', 'ne', 'in', 'not_in', 'is_null', 'not_null'], sortable: true },
    size: { column: 't.size', type: 'integer', filters: ALL, sortable: true },
    rank: { column: 't.rank', type: 'integer', filters: ['eq', 'in', 'gteq'] },
    ratio: { column: 't.ratio', type: 'number', filters: ['gteq', 'lteq', 'in'] },
    retry: { column: 't.retry', type: 'boolean', filters: ['eq', 'ne', 'in', 'not_in', 'is_null', 'not_null'], sortable: true },
    queued_at: { column: 't.queued_at', type: 'timestamp', filters: ALL, sortable: true },
    bag_date: { column: 't.bag_date', type: 'date', filters: ALL, sortable: true },
  },
  defaultSort: 'id',
  tiebreaker: 't.id',
});

// institution 1: ids 1–7; institution 2: id 8; institution 3: id 9.
const ROWS = `
  (1, 1, 'alpha',          'ann', 10,           1, 0.5,  true,  '2024-03-01 12:00:00',        '2024-03-01'),
  (2, 1, 'Alpha two',      'bob', 20,           2, 1.5,  false, '2024-03-01 12:00:00.000001', '2024-03-02'),
  (3, 1, '50%_off',        'ann', 30,           3, 2.5,  true,  '2024-03-01 11:59:59.999999', NULL),
  (4, 1, '50 percent off', NULL,  NULL,         4, NULL, NULL,  NULL,                         '2024-03-03'),
  (5, 1, 'back\\slash',    'cy',  443737370000, 5, 3.5,  false, '2024-03-02 03:30:00.25',     '2024-03-04'),
  (6, 1, 'x_y',            'cy',  50,           6, 4.5,  true,  '2024-03-02 00:00:00',        '2024-03-05'),
  (7, 1, 'xzy',            'dan', 60,           7, 5.5,  false, '2024-03-03 00:00:00',        '2024-03-06'),
  (8, 2, 'alpha',          'ann', 10,           8, 0.5,  true,  '2024-03-01 12:00:00',        '2024-03-01'),
  (9, 3, 'alpha three',    'eve', 70,           9, 6.5,  true,  '2024-03-04 00:00:00',        '2024-03-07')`;

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  await db.dataSource.query(`
    CREATE TABLE list_kernel_items (
      id serial PRIMARY KEY,
      institution_id integer NOT NULL,
      name varchar(255),
      "user" varchar(255),
      size bigint,
      rank integer,
      ratio numeric,
      retry boolean,
      queued_at timestamp without time zone,
      bag_date date
    )`);
  await db.dataSource.query(`INSERT INTO list_kernel_items VALUES ${ROWS}`);
});

afterAll(async () => {
  await db.drop();
});

function baseQuery(): SelectQueryBuilder<ObjectLiteral> {
  return db.dataSource.createQueryBuilder().select('t.id', 'id').addSelect('t.queued_at', 'queued_at').from('list_kernel_items', 't');
}

/** Institution 1 only, as the access policy will scope a non-admin caller. */
function scopedQuery(): SelectQueryBuilder<ObjectLiteral> {
  return baseQuery().where('t.institution_id = :scopeInstitution', { scopeInstitution: 1 });
}

async function ids(raw: RawQuery, qb = scopedQuery()): Promise<number[]> {
  const page = await runListQuery<{ id: number }>(qb, parseListQuery(raw, spec), spec);
  return page.items.map((r) => r.id);
}

describe('applyListQuery against PostgreSQL', () => {
  it('reads back what was inserted, timestamps with microseconds', async () => {
    const rows = await baseQuery().orderBy('t.id').getRawMany<{ id: number; queued_at: string | null }>();
    expect(rows.map((r) => r.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(rows[1]?.queued_at).toBe('2024-03-01T12:00:00.000001Z');
    const names = await db.dataSource.query<{ name: string }[]>('SELECT name FROM list_kernel_items WHERE id = 5');
    expect(names[0]?.name).toBe('back\\slash');
  });

  describe('string column', () => {
    it.each<[string, RawQuery, number[]]>([
      ['eq', { name: 'alpha' }, [1]],
      ['eq is case-sensitive', { name: 'ALPHA' }, []],
      ['ne (NULLs excluded, as in SQL)', { name__ne: 'alpha' }, [2, 3, 4, 5, 6, 7]],
      // Comparisons chosen to give the same result under the C and the usual linguistic collations.
      ['gt', { name__gt: 'x' }, [6, 7]],
      ['gteq', { name__gteq: 'xzy' }, [7]],
      ['lt', { name__lt: 'b' }, [1, 2, 3, 4]],
      ['lteq', { name__lteq: 'back\\slash' }, [1, 2, 3, 4, 5]],
      ['starts_with is case-insensitive', { name__starts_with: 'ALPHA' }, [1, 2]],
      ['starts_with treats % literally', { name__starts_with: '50%' }, [3]],
      ['starts_with treats _ literally', { name__starts_with: 'x_' }, [6]],
      ['contains treats _ literally', { name__contains: '_' }, [3, 6]],
      ['contains treats % literally', { name__contains: '%' }, [3]],
      ['contains treats \\ literally', { name__contains: 'k\\s' }, [5]],
      ['contains a lone backslash', { name__contains: '\\' }, [5]],
      ['contains finds the middle', { name__contains: 'percent' }, [4]],
      ['in with repeated values', 'name__in=alpha&name__in=xzy&name__in=nope', [1, 7]],
      ['in with a value containing a comma and quotes', { name__in: ['a,b', '"x"', 'alpha'] }, [1]],
      ['not_in with repeated values (NULLs excluded)', { user__not_in: ['ann', 'cy'] }, [2, 7]],
      ['is_null=true', { user__is_null: 'true' }, [4]],
      ['is_null=false', { user__is_null: 'false' }, [1, 2, 3, 5, 6, 7]],
      ['not_null=true', { user__not_null: 'true' }, [1, 2, 3, 5, 6, 7]],
      ['not_null=false', { user__not_null: 'false' }, [4]],
      ['is_null and not_null with another value: no condition', { user__is_null: 'maybe', user__not_null: '1' }, [1, 2, 3, 4, 5, 6, 7]],
      ['a quoted column name ("user")', { user: 'ann' }, [1, 3]],
      ['SQL in a value is only a value', { name: "alpha' OR '1'='1" }, []],
      ['a value decoded from + and %2B', 'name__contains=a+t', [2]],
    ])('%s', async (_, raw, expected) => {
      expect(await ids(raw)).toEqual(expected);
    });
  });

  describe('integer column', () => {
    it.each<[string, RawQuery, number[]]>([
      ['eq', { size: '30' }, [3]],
      ['eq beyond 32 bits on a bigint column', { size: '443737370000' }, [5]],
      ['eq beyond int4 on an integer column does not error', { rank: '99999999999' }, []],
      ['ne', { size__ne: '10' }, [2, 3, 5, 6, 7]],
      ['gt', { size__gt: '30' }, [5, 6, 7]],
      ['gteq', { size__gteq: '30' }, [3, 5, 6, 7]],
      ['lt', { size__lt: '30' }, [1, 2]],
      ['lteq', { size__lteq: '30' }, [1, 2, 3]],
      ['range', { size__gteq: '20', size__lteq: '50' }, [2, 3, 6]],
      ['negative', { size__gt: '-1' }, [1, 2, 3, 5, 6, 7]],
      ['in', 'size__in=10&size__in=30&size__in=999', [1, 3]],
      ['in on an int4 column', { rank__in: ['2', '99999999999'] }, [2]],
      ['not_in', { size__not_in: ['10', '20'] }, [3, 5, 6, 7]],
      ['is_null=true', { size__is_null: 'true' }, [4]],
      ['not_null=true', { size__not_null: 'true' }, [1, 2, 3, 5, 6, 7]],
      ['number gteq/lteq', { ratio__gteq: '1.5', ratio__lteq: '3.5' }, [2, 3, 5]],
      ['number in', { ratio__in: ['0.5', '4.50'] }, [1, 6]],
    ])('%s', async (_, raw, expected) => {
      expect(await ids(raw)).toEqual(expected);
    });
  });

  describe('boolean column', () => {
    it.each<[string, RawQuery, number[]]>([
      ['eq true', { retry: 'true' }, [1, 3, 6]],
      ['eq false', { retry: 'false' }, [2, 5, 7]],
      ['ne true (NULLs excluded)', { retry__ne: 'true' }, [2, 5, 7]],
      ['in', { retry__in: ['false', 'true'] }, [1, 2, 3, 5, 6, 7]],
      ['not_in', { retry__not_in: 'true' }, [2, 5, 7]],
      ['is_null=true', { retry__is_null: 'true' }, [4]],
      ['not_null=false', { retry__not_null: 'false' }, [4]],
    ])('%s', async (_, raw, expected) => {
      expect(await ids(raw)).toEqual(expected);
    });
  });

  describe('timestamp column', () => {
    it.each<[string, RawQuery, number[]]>([
      ['eq, Z', { queued_at: '2024-03-01T12:00:00Z' }, [1]],
      ['eq, microseconds', { queued_at: '2024-03-01T12:00:00.000001Z' }, [2]],
      ['eq, nanoseconds are cut to microseconds', { queued_at: '2024-03-01T12:00:00.000001999Z' }, [2]],
      ['eq, a −04:00 offset is converted to UTC', { queued_at: '2024-03-01T08:00:00-04:00' }, [1]],
      ['gteq, −04:00 offset with microseconds', { queued_at__gteq: '2024-03-01T08:00:00.000001-04:00' }, [2, 5, 6, 7]],
      ['lteq, −04:00 offset just before noon UTC', { queued_at__lteq: '2024-03-01T07:59:59.999999-04:00' }, [3]],
      ['gt, +05:30 offset', 'queued_at__gt=2024-03-02T05:30:00%2B05:30', [5, 7]],
      ['lt', { queued_at__lt: '2024-03-01T12:00:00Z' }, [3]],
      ['ne', { queued_at__ne: '2024-03-01T12:00:00Z' }, [2, 3, 5, 6, 7]],
      ['gteq with a date only (midnight UTC)', { queued_at__gteq: '2024-03-02' }, [5, 6, 7]],
      ['lteq with a date only', { queued_at__lteq: '2024-03-02' }, [1, 2, 3, 6]],
      ['gteq zero time matches every set value', { queued_at__gteq: '0001-01-01T00:00:00Z' }, [1, 2, 3, 5, 6, 7]],
      ['in', { queued_at__in: ['2024-03-01T12:00:00.000001Z', '2024-03-02T03:30:00.25Z'] }, [2, 5]],
      ['in with offsets', { queued_at__in: ['2024-03-01T20:00:00+08:00', '2024-03-01T19:00:00-05:00'] }, [1, 6]],
      ['not_in', { queued_at__not_in: ['2024-03-01T12:00:00Z'] }, [2, 3, 5, 6, 7]],
      ['is_null=true', { queued_at__is_null: 'true' }, [4]],
      ['is_null=false', { queued_at__is_null: 'false' }, [1, 2, 3, 5, 6, 7]],
      ['not_null=true', { queued_at__not_null: 'true' }, [1, 2, 3, 5, 6, 7]],
    ])('%s', async (_, raw, expected) => {
      expect(await ids(raw)).toEqual(expected);
    });
  });

  describe('date column', () => {
    it.each<[string, RawQuery, number[]]>([
      ['eq', { bag_date: '2024-03-02' }, [2]],
      ['gt', { bag_date__gt: '2024-03-04' }, [6, 7]],
      ['lteq', { bag_date__lteq: '2024-03-02' }, [1, 2]],
      ['in', { bag_date__in: ['2024-03-01', '2024-03-06'] }, [1, 7]],
      ['is_null', { bag_date__is_null: 'true' }, [3]],
    ])('%s', async (_, raw, expected) => {
      expect(await ids(raw)).toEqual(expected);
    });
  });

  describe('sorting and paging', () => {
    it('sorts by the given fields in order, then the tiebreaker', async () => {
      expect(await ids('sort=retry&sort=size__desc')).toEqual([5, 7, 2, 6, 3, 1, 4]);
      expect(await ids({ sort: 'user__desc' })).toEqual([4, 7, 6, 5, 2, 3, 1]);
    });

    it('uses the direction of the last sort for the tiebreaker', async () => {
      expect(await ids({ sort: 'retry__asc' })).toEqual([2, 5, 7, 1, 3, 6, 4]);
      expect(await ids({ sort: 'retry__desc' })).toEqual([4, 6, 3, 1, 7, 5, 2]);
    });

    it('does not repeat the tiebreaker when sorting by it', async () => {
      const qb = scopedQuery();
      applyListQuery(qb, parseListQuery({ sort: 'id__desc' }, spec), spec);
      expect(qb.getQuery()).toMatch(/ORDER BY t\.id DESC LIMIT/);
      expect(await ids({ sort: 'id__desc' })).toEqual([7, 6, 5, 4, 3, 2, 1]);
    });

    it('orders by a field sorted twice with its first direction, as ORDER BY retry ASC, …, retry DESC does', async () => {
      expect(await ids('sort=retry&sort=size__desc&sort=retry__desc')).toEqual([5, 7, 2, 6, 3, 1, 4]);
      const qb = scopedQuery();
      applyListQuery(qb, parseListQuery('sort=retry&sort=size__desc&sort=retry__desc', spec), spec);
      expect(qb.getQuery()).toMatch(/ORDER BY t\.retry ASC, t\.size DESC, t\.id DESC LIMIT/);
    });

    it('sorts ascending when the direction is missing or invalid', async () => {
      expect(await ids({ sort: 'size__down' })).toEqual(await ids({ sort: 'size__asc' }));
      expect(await ids({ sort: 'size__down' })).toEqual([1, 2, 3, 6, 7, 5, 4]);
    });

    it('skips (page − 1) × the requested per_page but reads at most 1000 rows when per_page is over 1000', async () => {
      await db.dataSource.transaction(async (manager) => {
        await manager.query(`INSERT INTO list_kernel_items (id, institution_id, name) SELECT n, 4, 'many' FROM generate_series(1001, 3500) AS n`);
        const qb = manager.createQueryBuilder().select('t.id', 'id').from('list_kernel_items', 't').where('t.institution_id = 4');
        const page = await runListQuery<{ id: number }>(qb, parseListQuery({ sort: 'id', page: '2', per_page: '1200' }, spec), spec);
        expect(page).toMatchObject({ count: 2500, page: 2, perPage: 1000, offset: 1200 });
        expect(page.items).toHaveLength(1000);
        expect(page.items[0]?.id).toBe(2201);
        await manager.query('DELETE FROM list_kernel_items WHERE institution_id = 4');
      });
    });

    it('applies the default sort when none is given', async () => {
      expect(await ids({})).toEqual([1, 2, 3, 4, 5, 6, 7]);
    });

    it.each(['retry', 'retry__desc', 'user', 'name__desc', 'queued_at'])('pages through ties without losing or repeating rows (sort=%s)', async (sort) => {
      const all = await ids({ sort });
      const paged: number[] = [];
      for (let page = 1; page <= 4; page++) {
        paged.push(...(await ids({ sort, per_page: '2', page: String(page) })));
      }
      expect(paged).toEqual(all);
      expect(new Set(paged).size).toBe(7);
    });
  });

  describe('count', () => {
    it('counts all matching rows when the page is full', async () => {
      const page = await runListQuery(scopedQuery(), parseListQuery({ size__gteq: '20', per_page: '2' }, spec), spec);
      expect(page).toMatchObject({ count: 5, page: 1, perPage: 2, offset: 0 });
      expect(page.items).toHaveLength(2);
      expect(typeof page.count).toBe('number');
    });

    it('counts beyond the last page', async () => {
      const page = await runListQuery(scopedQuery(), parseListQuery({ retry: 'true', page: '5', per_page: '2' }, spec), spec);
      expect(page).toMatchObject({ items: [], count: 3, page: 5 });
    });

    it('counts from a short page and an empty first page', async () => {
      expect(await runListQuery(scopedQuery(), parseListQuery({ retry: 'true', page: '2', per_page: '2' }, spec), spec)).toMatchObject({
        count: 3,
      });
      expect(await runListQuery(scopedQuery(), parseListQuery({ name: 'nope' }, spec), spec)).toMatchObject({ items: [], count: 0 });
    });

    it('counts with the scope and the filters applied', async () => {
      expect((await runListQuery(baseQuery(), parseListQuery({ name__starts_with: 'alpha', per_page: '1' }, spec), spec)).count).toBe(4);
      expect((await runListQuery(scopedQuery(), parseListQuery({ name__starts_with: 'alpha', per_page: '1' }, spec), spec)).count).toBe(2);
    });

    it('counts inside the caller’s transaction', async () => {
      await db.dataSource.transaction(async (manager) => {
        await manager.query(`INSERT INTO list_kernel_items (id, institution_id, name) VALUES (100, 1, 'alpha'), (101, 1, 'alpha')`);
        const qb = manager.createQueryBuilder().select('t.id', 'id').from('list_kernel_items', 't').where('t.institution_id = 1');
        const page = await runListQuery(qb, parseListQuery({ name: 'alpha', per_page: '1' }, spec), spec);
        expect(page.count).toBe(3);
        await manager.query('DELETE FROM list_kernel_items WHERE id >= 100');
      });
    });
  });

  describe('scope', () => {
    it('keeps a scope WHERE set on the query builder', async () => {
      expect(await ids({ name: 'alpha' })).toEqual([1]);
      expect(await ids({ name: 'alpha' }, baseQuery())).toEqual([1, 8]);
      expect(await ids({ institution_id: '2' })).toEqual([]);
      expect(await ids({ institution_id__in: ['1', '2', '3'], name__starts_with: 'alpha' })).toEqual([1, 2]);
    });

    it('brackets a scope written with OR, so filters narrow every branch of it', async () => {
      const qb = () => baseQuery().where('t.institution_id = 1 OR t.institution_id = 3');
      expect(await ids({ name__starts_with: 'alpha three' }, qb())).toEqual([9]);
      expect(await ids({ user: 'eve' }, qb())).toEqual([9]);
      expect(await ids({ user: 'ann', sort: 'id' }, baseQuery().where('t.institution_id = 2').orWhere('t.institution_id = 1'))).toEqual([1, 3, 8]);
      expect(await ids({ user: 'eve' }, baseQuery().where('t.institution_id = 2').orWhere('t.institution_id = 1'))).toEqual([]);
    });

    it('ANDs a scope passed as a callback, bracketed', async () => {
      const query = parseListQuery({ user: 'eve' }, spec);
      const page = await runListQuery(baseQuery(), query, spec, {
        scope: (where) => where.where('t.institution_id = :a', { a: 1 }).orWhere('t.institution_id = :b', { b: 2 }),
      });
      expect(page).toMatchObject({ items: [], count: 0 });
      const alpha = await runListQuery(baseQuery().where('t.id <> 8'), parseListQuery({ name: 'alpha' }, spec), spec, {
        scope: (where) => where.where('t.institution_id = 1').orWhere('t.institution_id = 2'),
      });
      expect(alpha.items.map((r) => r.id)).toEqual([1]);
    });

    it('cannot widen the scope with in / not_in / is_null filters', async () => {
      expect(await ids({ name__in: ['alpha', 'alpha three'] })).toEqual([1]);
      expect(await ids({ name__not_in: ['nothing'], user__not_null: 'true', size__is_null: 'false' })).toEqual([1, 2, 3, 5, 6, 7]);
    });

    it('does not reuse the caller’s parameter names', async () => {
      const qb = baseQuery().where('t.institution_id = :list_0', { list_0: 1 });
      expect(await ids({ size: '10' }, qb)).toEqual([1]);
    });

    it('generates one parameter per value and keeps the SQL free of input', () => {
      const qb = scopedQuery();
      applyListQuery(qb, parseListQuery("name__contains=50%25_%27&size__in=1&size__in=2&user__is_null=true&sort=name__desc&page=2&per_page=3", spec), spec);
      const [sql, params] = qb.getQueryAndParameters();
      expect(sql).toBe(
        'SELECT t.id AS "id", t.queued_at AS "queued_at" FROM "list_kernel_items" "t" ' +
          'WHERE (t.institution_id = $1) AND (t.name ILIKE $2 AND t.size = ANY(CAST($3 AS bigint[])) AND t."user" IS NULL) ' +
          'ORDER BY t.name DESC, t.id DESC LIMIT 3 OFFSET 3',
      );
      expect(params).toEqual([1, "%50\\%\\_'%", [1, 2]]);
    });
  });
});
