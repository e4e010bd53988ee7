import { Client } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import { ALL_MIGRATIONS } from '../../migrations/index.js';
import { compactRowCounts } from '../../src/database/statistics.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/** Each counter's table and the SQL of its dimensions, as migrations CreateRowCounters and CountWorkItemsByStatus define them. */
const COUNTERS = [
  { counter: 'intellectual_objects', dimA: 'state::text', dimB: 'NULL::text' },
  { counter: 'generic_files', dimA: 'state::text', dimB: 'NULL::text' },
  { counter: 'premis_events', dimA: 'event_type::text', dimB: 'outcome::text' },
  { counter: 'work_items', dimA: 'action::text', dimB: 'status::text' },
] as const;

interface Mismatch {
  counter: string;
  institution_id: number | null;
  dim_a: string | null;
  dim_b: string | null;
  counted: number;
  actual: number;
}

/** Every group whose counter (SUM of deltas) differs from COUNT(*) of the table, over all four counters. */
async function mismatches(db: DataSource | EntityManager): Promise<Mismatch[]> {
  const rows: Mismatch[] = [];
  for (const { counter, dimA, dimB } of COUNTERS) {
    rows.push(
      ...(await db.query<Mismatch[]>(`
        SELECT '${counter}' AS counter, institution_id, dim_a, dim_b, sum(counted)::int AS counted, sum(actual)::int AS actual
          FROM (SELECT institution_id, dim_a, dim_b, delta AS counted, 0 AS actual
                  FROM row_count_deltas WHERE counter = '${counter}'
                UNION ALL
                SELECT institution_id, ${dimA}, ${dimB}, 0, 1 FROM ${counter}) groups
         GROUP BY institution_id, dim_a, dim_b
        HAVING sum(counted) <> sum(actual)`)),
    );
  }
  return rows;
}

const deltaRows = async (db: DataSource | EntityManager, counter?: string): Promise<number> => {
  const [row] = await db.query<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM row_count_deltas ${counter ? 'WHERE counter = $1' : ''}`,
    counter ? [counter] : [],
  );
  return row?.n ?? 0;
};

const tableCount = async (db: DataSource | EntityManager, table: string): Promise<number> => {
  const [row] = await db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${table}`);
  return row?.n ?? 0;
};

/** Copies `n` files of object 1 (institution 2) with fresh identifiers, in one statement. */
const copyFiles = (n: number, tag: string, state = 'A') => `
  INSERT INTO generic_files (file_format, size, identifier, intellectual_object_id, created_at, updated_at, state,
                             institution_id, storage_option, uuid)
  SELECT 'text/plain', g, 'copy/${tag}/' || g, 1, now(), now(), '${state}', 2, 'Standard', gen_random_uuid()::text
    FROM generate_series(1, ${n}) g`;

describe('row counters (trigger-maintained exact counts)', () => {
  let db: TestDatabase;
  let ds: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase({ fixtures: true });
    ds = db.dataSource;
  });

  afterAll(async () => {
    await db.drop();
  });

  it('equal COUNT(*) for every group after the fixtures load, compacted to one row per group', async () => {
    expect(await mismatches(ds)).toEqual([]);
    const [groups] = await ds.query<{ rows: number; groups: number; zero: number }[]>(`
      SELECT count(*)::int AS rows,
             count(DISTINCT (counter, institution_id, dim_a, dim_b))::int AS groups,
             count(*) FILTER (WHERE delta = 0)::int AS zero
        FROM row_count_deltas`);
    expect(groups).toEqual({ rows: groups?.groups, groups: groups?.groups, zero: 0 });
    // The fixtures hold rows of every counted table.
    for (const { counter } of COUNTERS) expect(await deltaRows(ds, counter)).toBeGreaterThan(0);
    expect(await tableCount(ds, 'premis_events')).toBe(54);
  });

  it('stay exact after single inserts into every counted table', async () => {
    await ds.query(`
      INSERT INTO intellectual_objects (title, identifier, institution_id, created_at, updated_at, state, access)
      VALUES ('counter test', 'institution2.edu/counter-test', 2, now(), now(), 'A', 'institution')`);
    await ds.query(copyFiles(1, 'single'));
    await ds.query(`
      INSERT INTO premis_events (identifier, event_type, outcome, institution_id, intellectual_object_id, created_at, updated_at)
      VALUES (gen_random_uuid()::text, 'ingestion', 'Success', 2, 1, now(), now()),
             (gen_random_uuid()::text, 'brand new type', NULL, NULL, NULL, now(), now())`);
    await ds.query(`
      INSERT INTO work_items (created_at, updated_at, name, action, institution_id) VALUES (now(), now(), 'x.tar', 'Ingest', 3)`);
    expect(await mismatches(ds)).toEqual([]);
  });

  it('write one delta row per group a batch insert touched', async () => {
    const before = await deltaRows(ds, 'generic_files');
    await ds.query(`
      INSERT INTO generic_files (file_format, size, identifier, intellectual_object_id, created_at, updated_at, state,
                                 institution_id, storage_option, uuid)
      SELECT 'text/plain', g, 'copy/batch/' || g, 1, now(), now(), CASE WHEN g % 3 = 0 THEN 'D' ELSE 'A' END,
             CASE WHEN g % 2 = 0 THEN 2 ELSE 3 END, 'Standard', gen_random_uuid()::text
        FROM generate_series(1, 100) g`);
    // (institution 2 | 3) × (A | D)
    expect((await deltaRows(ds, 'generic_files')) - before).toBe(4);
    expect(await mismatches(ds)).toEqual([]);
  });

  it('move a row between groups when an update changes a dimension (state A → D)', async () => {
    const before = await deltaRows(ds);
    await ds.query(`UPDATE generic_files SET state = 'D' WHERE identifier LIKE 'copy/batch/%' AND state = 'A' AND institution_id = 2`);
    // −n for (2, A), +n for (2, D)
    expect((await deltaRows(ds)) - before).toBe(2);
    await ds.query(`UPDATE intellectual_objects SET state = 'D' WHERE identifier = 'institution2.edu/counter-test'`);
    await ds.query(`UPDATE premis_events SET outcome = 'Failure', institution_id = 3 WHERE event_type = 'brand new type'`);
    await ds.query(`UPDATE work_items SET action = 'Restore File' WHERE name = 'x.tar'`);
    expect(await mismatches(ds)).toEqual([]);
  });

  it('move a work item between groups when its status changes', async () => {
    const before = await deltaRows(ds, 'work_items');
    await ds.query(`UPDATE work_items SET status = 'Started' WHERE name = 'x.tar'`);
    expect((await deltaRows(ds, 'work_items')) - before).toBe(2);
    expect(await mismatches(ds)).toEqual([]);
  });

  it('write nothing for updates that leave the dimensions alone, or whose changes net out', async () => {
    await ds.query(copyFiles(2, 'swap'));
    await ds.query(`UPDATE generic_files SET state = 'D' WHERE identifier = 'copy/swap/2'`);
    const before = await deltaRows(ds);
    await ds.query(`UPDATE generic_files SET last_fixity_check = now() AT TIME ZONE 'UTC'`);
    await ds.query(`UPDATE premis_events SET detail = 'touched'`);
    await ds.query(`UPDATE work_items SET note = 'touched', action = action`);
    // Swapping the states of two files of one institution: one leaves (2, A) as the other enters it.
    await ds.query(`UPDATE generic_files SET state = CASE WHEN state = 'A' THEN 'D' ELSE 'A' END WHERE identifier LIKE 'copy/swap/%'`);
    expect(await deltaRows(ds)).toBe(before);
    expect(await mismatches(ds)).toEqual([]);
  });

  it('stay exact after deletes', async () => {
    await ds.query(`DELETE FROM generic_files WHERE identifier LIKE 'copy/%' AND institution_id = 3`);
    await ds.query(`DELETE FROM premis_events WHERE event_type = 'brand new type'`);
    await ds.query(`DELETE FROM work_items WHERE name = 'x.tar'`);
    await ds.query(`DELETE FROM intellectual_objects WHERE identifier = 'institution2.edu/counter-test'`);
    expect(await mismatches(ds)).toEqual([]);
  });

  it('stay exact after a statement that changes no row', async () => {
    const before = await deltaRows(ds);
    await ds.query(`DELETE FROM generic_files WHERE false`);
    await ds.query(`UPDATE work_items SET action = 'x' WHERE false`);
    expect(await deltaRows(ds)).toBe(before);
  });

  it('are compacted to one row per group without changing any count', async () => {
    expect(await deltaRows(ds)).toBeGreaterThan(await ds.query(`SELECT count(DISTINCT (counter, institution_id, dim_a, dim_b)) FROM row_count_deltas`).then((r) => Number(r[0].count)));
    const removed = await compactRowCounts(ds);
    expect(removed).toBeGreaterThan(0);
    expect(await mismatches(ds)).toEqual([]);
    const [row] = await ds.query<{ dupes: number; zero: number }[]>(`
      SELECT (count(*) - count(DISTINCT (counter, institution_id, dim_a, dim_b)))::int AS dupes,
             count(*) FILTER (WHERE delta = 0)::int AS zero
        FROM row_count_deltas`);
    expect(row).toEqual({ dupes: 0, zero: 0 });
    expect(await compactRowCounts(ds)).toBe(0);
  });

  it('count uncommitted rows in the writer’s transaction only, and forget rolled-back ones', async () => {
    const before = await mismatches(ds);
    const committed = await tableCount(ds, 'generic_files');
    const sum = async (db: DataSource | EntityManager) =>
      Number((await db.query(`SELECT sum(delta) AS n FROM row_count_deltas WHERE counter = 'generic_files'`))[0].n);
    const runner = ds.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await runner.query(copyFiles(7, 'tx'));
      expect(await sum(runner.manager)).toBe(committed + 7);
      expect(await mismatches(runner.manager)).toEqual([]);
      expect(await sum(ds)).toBe(committed);
      await runner.rollbackTransaction();
    } finally {
      await runner.release();
    }
    expect(await sum(ds)).toBe(committed);
    expect(await mismatches(ds)).toEqual(before);
  });

  it('stay exact with concurrent writers on several connections while compaction runs', async () => {
    const clients = await Promise.all(Array.from({ length: 4 }, async () => {
      const client = new Client({ connectionString: db.url });
      await client.connect();
      return client;
    }));
    try {
      let writing = true;
      const compactor = (async () => {
        let runs = 0;
        while (writing) {
          await clients[0]!.query('SELECT compact_row_count_deltas()');
          runs++;
        }
        return runs;
      })();
      await Promise.all(
        clients.slice(1).map(async (client, c) => {
          for (let i = 0; i < 15; i++) {
            await client.query('BEGIN');
            await client.query(copyFiles(3, `concurrent/${c}/${i}`, i % 2 === 0 ? 'A' : 'D'));
            await client.query(`
              INSERT INTO premis_events (identifier, event_type, outcome, institution_id, created_at, updated_at)
              SELECT gen_random_uuid()::text, 'fixity check', CASE WHEN g % 2 = 0 THEN 'Success' ELSE 'Failure' END, ${2 + (c % 2)}, now(), now()
                FROM generate_series(1, 5) g`);
            await client.query(`UPDATE generic_files SET state = 'D' WHERE identifier = 'copy/concurrent/${c}/${i}/1'`);
            await client.query(i % 5 === 4 ? 'ROLLBACK' : 'COMMIT');
          }
        }),
      );
      writing = false;
      expect(await compactor).toBeGreaterThan(0);
    } finally {
      await Promise.all(clients.map((client) => client.end()));
    }
    expect(await mismatches(ds)).toEqual([]);
    await compactRowCounts(ds);
    expect(await mismatches(ds)).toEqual([]);
  });

  it('let a second, overlapping compaction return at once', async () => {
    const a = new Client({ connectionString: db.url });
    const b = new Client({ connectionString: db.url });
    await Promise.all([a.connect(), b.connect()]);
    try {
      await a.query(copyFiles(2, 'overlap'));
      await a.query('BEGIN');
      const first = await a.query<{ removed: string }>('SELECT compact_row_count_deltas() AS removed');
      const second = await b.query<{ removed: string }>('SELECT compact_row_count_deltas() AS removed');
      await a.query('COMMIT');
      expect(Number(first.rows[0]?.removed)).toBeGreaterThan(0);
      expect(Number(second.rows[0]?.removed)).toBe(-1);
    } finally {
      await Promise.all([a.end(), b.end()]);
    }
    expect(await mismatches(ds)).toEqual([]);
  });

  it('empty on TRUNCATE, with the tables a CASCADE truncates', async () => {
    await ds.transaction(async (manager) => {
      await manager.query('TRUNCATE work_items CASCADE');
      expect(await tableCount(manager, 'work_items')).toBe(0);
      expect(await deltaRows(manager, 'work_items')).toBe(0);
      expect(await mismatches(manager)).toEqual([]);
      await manager.query(`INSERT INTO institutions (name, identifier, created_at, updated_at, receiving_bucket, restore_bucket)
                           VALUES ('x', 'x.edu', now(), now(), 'r', 's')`);
      await manager.query(`INSERT INTO work_items (created_at, updated_at, action, institution_id)
                           SELECT now(), now(), 'Ingest', id FROM institutions`);
      expect(await mismatches(manager)).toEqual([]);
      throw new RollBack();
    }).catch((error: unknown) => {
      if (!(error instanceof RollBack)) throw error;
    });
    expect(await deltaRows(ds, 'work_items')).toBeGreaterThan(0);
    expect(await mismatches(ds)).toEqual([]);
  });

  it('are seeded from the existing rows when the migration runs on a filled database, and dropped by its down', async () => {
    const later = ALL_MIGRATIONS.length - ALL_MIGRATIONS.findIndex((m) => m.name === 'CreateRowCounters1700000000008');
    for (let i = 0; i < later; i++) await ds.undoLastMigration({ transaction: 'each' });
    const [left] = await ds.query<{ tables: number; triggers: number }[]>(`
      SELECT (SELECT count(*)::int FROM pg_class WHERE relname = 'row_count_deltas') AS tables,
             (SELECT count(*)::int FROM pg_trigger WHERE tgname LIKE '%_count_%' AND NOT tgisinternal) AS triggers`);
    expect(left).toEqual({ tables: 0, triggers: 0 });
    await ds.query(copyFiles(5, 'uncounted'));

    await ds.runMigrations({ transaction: 'each' });
    expect(await mismatches(ds)).toEqual([]);
    expect(await deltaRows(ds, 'generic_files')).toBeGreaterThan(0);
    await ds.query(copyFiles(5, 'counted'));
    expect(await mismatches(ds)).toEqual([]);
  });
});

class RollBack extends Error {}
