import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { ALL_MIGRATIONS } from '../../migrations/index.js';

const schemaObjects = (ds: DataSource) =>
  ds.query<{ kind: string; name: string }[]>(`
    SELECT CASE c.relkind WHEN 'r' THEN 'table' WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view' WHEN 'i' THEN 'index' WHEN 'S' THEN 'sequence' END AS kind,
           c.relname AS name
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'v', 'm', 'i', 'S') AND c.relname NOT LIKE 'typeorm_migrations%'
       AND NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid WHERE i.indexrelid = c.oid AND t.relname = 'typeorm_migrations')
    UNION ALL
    SELECT 'function', p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')'
      FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public'
     ORDER BY 1, 2`);

describe('migrations', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.drop();
  });

  it('are all applied to the template', async () => {
    const applied = await db.dataSource.query<{ name: string }[]>('SELECT name FROM typeorm_migrations ORDER BY id');
    expect(applied.map((m) => m.name)).toEqual(ALL_MIGRATIONS.map((m) => m.name));
  });

  it('go down to an empty schema and up again to the same schema', async () => {
    const before = await schemaObjects(db.dataSource);
    expect(before.length).toBeGreaterThan(50);

    for (let i = 0; i < ALL_MIGRATIONS.length; i++) await db.dataSource.undoLastMigration({ transaction: 'each' });
    expect(await schemaObjects(db.dataSource)).toEqual([]);

    await db.dataSource.runMigrations({ transaction: 'each' });
    expect(await schemaObjects(db.dataSource)).toEqual(before);
  });

  it('create every table, view and function of the data model', async () => {
    const names = new Set((await schemaObjects(db.dataSource)).map((o) => `${o.kind} ${o.name.replace(/\(.*/, '')}`));
    const expected = [
      ...['institutions', 'users', 'intellectual_objects', 'generic_files', 'checksums', 'storage_records', 'premis_events', 'work_items',
        'deletion_requests', 'deletion_requests_generic_files', 'deletion_requests_intellectual_objects', 'alerts', 'alerts_premis_events',
        'alerts_users', 'alerts_work_items', 'storage_options', 'historical_deposit_stats', 'ar_internal_metadata', 'row_count_deltas'].map((t) => `table ${t}`),
      ...['alerts_view', 'checksums_view', 'deletion_requests_view', 'generic_files_view', 'institutions_view', 'intellectual_objects_view',
        'premis_events_view', 'storage_option_stats', 'users_view', 'work_items_view'].map((v) => `view ${v}`),
      ...['premis_event_counts', 'intellectual_object_counts', 'generic_file_counts', 'work_item_counts', 'current_deposit_stats'].map((m) => `materialized view ${m}`),
      ...['update_counts', 'update_current_deposit_stats', 'populate_historical_deposit_stats', 'populate_all_historical_deposit_stats',
        'populate_empty_deposit_stats', 'compact_row_count_deltas', 'create_constraint_if_not_exists'].map((f) => `function ${f}`),
    ];
    for (const name of expected) expect(names).toContain(name);
  });

  it('add a constraint through create_constraint_if_not_exists only when the table lacks one of that name', async () => {
    const add = (sql: string) => db.dataSource.query(`SELECT create_constraint_if_not_exists('storage_options', 'storage_options_name_present', $1)`, [sql]);
    await add(`ALTER TABLE storage_options ADD CONSTRAINT storage_options_name_present CHECK (name IS NOT NULL)`);
    await add(`ALTER TABLE storage_options ADD CONSTRAINT storage_options_name_present CHECK (name <> '')`);
    const constraints = await db.dataSource.query(`SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conname = 'storage_options_name_present'`);
    expect(constraints).toEqual([{ def: 'CHECK ((name IS NOT NULL))' }]);
    await db.dataSource.query(`ALTER TABLE storage_options DROP CONSTRAINT storage_options_name_present`);
  });
});
