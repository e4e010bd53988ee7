import type { DataSource, ObjectLiteral, SelectQueryBuilder, WhereExpressionBuilder } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { ALL_INSTITUTIONS, onlyInstitution, type InstitutionScope } from '../access/institution-scope.js';
import { whereInScope } from '../persistence/institution-scope.sql.js';
import { parseListQuery, type RawQuery } from './list-query.js';
import { defineListSpec, type ListSpecConfig } from './list-spec.js';
import { runListQuery } from './page.js';

type Field = 'id' | 'institution_id' | 'state' | 'bag_name' | 'identifier' | 'updated_at' | 'file_count';

const fields: ListSpecConfig<Field>['fields'] = {
  id: { column: 'io.id', type: 'integer', sortable: true },
  institution_id: { column: 'io.institution_id', type: 'integer', filters: ['eq', 'in'] },
  state: { column: 'io.state', type: 'string', filters: ['eq', 'ne', 'in'] },
  bag_name: { column: 'io.bag_name', type: 'string', filters: ['eq'] },
  identifier: { column: 'io.identifier', type: 'string', filters: ['eq', 'starts_with'] },
  updated_at: { column: 'io.updated_at', type: 'timestamp', filters: ['gteq'], sortable: true },
  file_count: { column: 'io.file_count', type: 'integer', filters: ['gteq'] },
};

const counted = defineListSpec({
  fields,
  defaultSort: 'updated_at__desc',
  tiebreaker: 'io.id',
  counter: { name: 'intellectual_objects', institution_id: 'institution_id', dim_a: 'state' },
});
const uncounted = defineListSpec({ fields, defaultSort: 'updated_at__desc', tiebreaker: 'io.id' });

let db: TestDatabase;
let ds: DataSource;
let sql: string[] = [];

beforeAll(async () => {
  db = await createTestDatabase({ fixtures: true });
  ds = db.dataSource;
  const logQuery = ds.logger.logQuery.bind(ds.logger);
  ds.logger.logQuery = (query, parameters, runner) => {
    sql.push(query);
    logQuery(query, parameters, runner);
  };
  // Counts must not depend on compaction: leave some groups as several delta rows.
  await ds.query(`UPDATE intellectual_objects SET state = 'D' WHERE id IN (SELECT id FROM intellectual_objects WHERE institution_id = 2 ORDER BY id LIMIT 2)`);
  await ds.query(`UPDATE intellectual_objects SET state = 'A' WHERE id IN (SELECT id FROM intellectual_objects WHERE institution_id = 2 ORDER BY id LIMIT 1)`);
});

afterAll(async () => {
  await db.drop();
});

const view = (source: DataSource = ds): SelectQueryBuilder<ObjectLiteral> =>
  source.createQueryBuilder().select('io.id', 'id').from('intellectual_objects_view', 'io');

type Scope = InstitutionScope | ((where: WhereExpressionBuilder) => void);

/** Page 2 of one row each, so that the page never proves the total and a count always runs. */
async function count(raw: RawQuery, scope: Scope, spec = counted, qb = view()): Promise<{ count: number; fromCounter: boolean }> {
  sql = [];
  const query = parseListQuery({ ...(raw as Record<string, string>), page: '2', per_page: '1' }, spec);
  const scopeFn = typeof scope === 'function' ? scope : whereInScope('io.institution_id', scope);
  const page = await runListQuery(qb, query, spec, { scope: scopeFn });
  return { count: page.count, fromCounter: sql.some((q) => q.includes('row_count_deltas')) };
}

async function countStar(where: string, parameters: unknown[] = []): Promise<number> {
  const [row] = await ds.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM intellectual_objects WHERE ${where}`, parameters);
  return row?.n ?? 0;
}

describe('runListQuery count from a row counter', () => {
  it.each<[string, RawQuery, Scope, string]>([
    ['sys admin, no filter', {}, ALL_INSTITUTIONS, 'true'],
    ['sys admin, state', { state: 'A' }, ALL_INSTITUTIONS, `state = 'A'`],
    ['sys admin, state D', { state: 'D' }, ALL_INSTITUTIONS, `state = 'D'`],
    ['sys admin, institution_id', { institution_id: '3' }, ALL_INSTITUTIONS, 'institution_id = 3'],
    ['sys admin, institution_id and state', { institution_id: '2', state: 'D' }, ALL_INSTITUTIONS, `institution_id = 2 AND state = 'D'`],
    ['institution scope, no filter', {}, onlyInstitution(2), 'institution_id = 2'],
    ['institution scope and state', { state: 'A' }, onlyInstitution(2), `institution_id = 2 AND state = 'A'`],
    ['institution scope and its own institution_id', { institution_id: '2' }, onlyInstitution(2), 'institution_id = 2'],
    ['institution scope and another institution_id', { institution_id: '3' }, onlyInstitution(2), 'false'],
    ['a state no row has', { state: 'X' }, ALL_INSTITUTIONS, 'false'],
    ['an institution beyond int4', { institution_id: '99999999999' }, ALL_INSTITUTIONS, 'false'],
  ])('uses the counter: %s', async (_, raw, scope, where) => {
    const expected = await countStar(where);
    expect(await count(raw, scope)).toEqual({ count: expected, fromCounter: true });
    expect(await count(raw, scope, uncounted)).toEqual({ count: expected, fromCounter: false });
  });

  it.each<[string, RawQuery, Scope, string]>([
    ['a filter on a field that is no dimension', { bag_name: 'nope' }, ALL_INSTITUTIONS, 'false'],
    ['a dimension and a field that is no dimension', { state: 'A', identifier__starts_with: 'institution2' }, ALL_INSTITUTIONS, `state = 'A' AND identifier LIKE 'institution2%'`],
    ['in on a dimension', { state__in: ['A', 'D'] }, onlyInstitution(2), `institution_id = 2 AND state IN ('A', 'D')`],
    ['ne on a dimension', { state__ne: 'A' }, ALL_INSTITUTIONS, `state <> 'A'`],
    ['a timestamp range', { updated_at__gteq: '2000-01-01' }, ALL_INSTITUTIONS, `updated_at >= '2000-01-01'`],
    ['a computed column', { file_count__gteq: '1' }, ALL_INSTITUTIONS, `(SELECT count(*) FROM generic_files gf WHERE gf.intellectual_object_id = intellectual_objects.id AND gf.state = 'A') >= 1`],
    ['a scope callback that does not describe itself', {}, (where: WhereExpressionBuilder) => where.andWhere('io.institution_id = 2'), 'institution_id = 2'],
    ['an institution scope on another column', {}, whereInScope('io.institution_parent_id', onlyInstitution(2)), 'institution_id IN (SELECT id FROM institutions WHERE member_institution_id = 2)'],
  ])('counts rows instead: %s', async (_, raw, scope, where) => {
    const expected = await countStar(where);
    expect(await count(raw, scope)).toEqual({ count: expected, fromCounter: false });
  });

  it('counts rows when the caller’s query builder has its own conditions or joins', async () => {
    const withWhere = view().where('io.bag_name IS NOT NULL');
    expect(await count({}, ALL_INSTITUTIONS, counted, withWhere)).toEqual({ count: await countStar('bag_name IS NOT NULL'), fromCounter: false });
    const withJoin = view().innerJoin('institutions', 'i', 'i.id = io.institution_id AND i.id = 3');
    expect(await count({}, ALL_INSTITUTIONS, counted, withJoin)).toEqual({ count: await countStar('institution_id = 3'), fromCounter: false });
  });

  it('takes the number from the counter', async () => {
    await ds.transaction(async (manager) => {
      await manager.query(`INSERT INTO row_count_deltas (counter, institution_id, dim_a, delta) VALUES ('intellectual_objects', 3, 'A', 1000)`);
      const qb = manager.createQueryBuilder().select('io.id', 'id').from('intellectual_objects_view', 'io');
      expect((await count({ state: 'A' }, onlyInstitution(3), counted, qb)).count).toBe((await countStar(`institution_id = 3 AND state = 'A'`)) + 1000);
      const other = manager.createQueryBuilder().select('io.id', 'id').from('intellectual_objects_view', 'io');
      expect((await count({ state: 'A' }, onlyInstitution(2), counted, other)).count).toBe(await countStar(`institution_id = 2 AND state = 'A'`));
      await manager.query(`DELETE FROM row_count_deltas WHERE delta = 1000`);
    });
  });

  it('sees the rows the caller’s transaction wrote', async () => {
    await ds.transaction(async (manager) => {
      await manager.query(`
        INSERT INTO intellectual_objects (title, identifier, institution_id, created_at, updated_at, state, access)
        SELECT 'x', 'institution3.edu/counter-' || g, 3, now(), now(), 'A', 'institution' FROM generate_series(1, 5) g`);
      const qb = manager.createQueryBuilder().select('io.id', 'id').from('intellectual_objects_view', 'io');
      const inTransaction = await count({ state: 'A' }, onlyInstitution(3), counted, qb);
      expect(inTransaction.fromCounter).toBe(true);
      expect(inTransaction.count).toBe((await countStar(`institution_id = 3 AND state = 'A'`)) + 5);
      await manager.query(`DELETE FROM intellectual_objects WHERE identifier LIKE 'institution3.edu/counter-%'`);
    });
  });

  it('skips the count when the page proves the total', async () => {
    sql = [];
    const page = await runListQuery(view(), parseListQuery({ state: 'A' }, counted), counted, { scope: whereInScope('io.institution_id', onlyInstitution(3)) });
    expect(page.count).toBe(await countStar(`institution_id = 3 AND state = 'A'`));
    expect(sql.filter((q) => q.includes('row_count_deltas') || q.includes('COUNT(*)'))).toEqual([]);
  });
});

describe('runListQuery later pages', () => {
  const ids = async (raw: Record<string, string>, scope: Scope = ALL_INSTITUTIONS, qb = view()): Promise<number[]> => {
    sql = [];
    const scopeFn = typeof scope === 'function' ? scope : whereInScope('io.institution_id', scope);
    const page = await runListQuery<{ id: number }>(qb, parseListQuery(raw, counted), counted, { scope: scopeFn });
    return page.items.map((row) => row.id);
  };

  it.each<Record<string, string>>([{}, { sort: 'updated_at' }, { sort: 'id__desc' }, { state: 'A', sort: 'updated_at__desc' }])(
    'reads the same rows through the keys as the first page does (%j)',
    async (raw) => {
      const all = await ids({ ...raw, per_page: '100' });
      expect(all.length).toBeGreaterThan(6);
      const paged: number[] = [];
      for (let page = 1; page <= Math.ceil(all.length / 3); page++) paged.push(...(await ids({ ...raw, per_page: '3', page: String(page) })));
      expect(paged).toEqual(all);
    },
  );

  it('skips rows by key only, reading the full view rows for the page alone', async () => {
    await ids({ per_page: '2', page: '3' });
    const pageQuery = sql.find((q) => q.includes('intellectual_objects_view') && !q.includes('COUNT(*)'));
    expect(pageQuery).toBe(
      'SELECT io.id AS "id" FROM "intellectual_objects_view" "io" WHERE io.id IN (SELECT io.id FROM "intellectual_objects_view" "io" ' +
        'ORDER BY io.updated_at DESC, io.id DESC LIMIT 2 OFFSET 4) ORDER BY io.updated_at DESC, io.id DESC',
    );
  });

  it('keeps the institution scope and a caller’s OR condition on later pages', async () => {
    const scoped = await ids({ per_page: '2', page: '2' }, onlyInstitution(3));
    expect(scoped).toHaveLength(2);
    expect(await countStar(`id IN (${scoped.join(',')}) AND institution_id = 3`)).toBe(2);
    const or = view().where('io.institution_id = 3 OR io.institution_id = 4');
    const page = await ids({ per_page: '2', page: '2', state: 'A' }, onlyInstitution(3), or);
    expect(await countStar(`id IN (${page.join(',')}) AND institution_id = 3 AND state = 'A'`)).toBe(page.length);
  });
});
