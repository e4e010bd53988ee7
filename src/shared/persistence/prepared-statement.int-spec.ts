import { QueryFailedError } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { PreparedStatement } from './prepared-statement.js';

describe(PreparedStatement.name, () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
    await db.dataSource.query(`CREATE TABLE prepared_probe (id int PRIMARY KEY, label text NOT NULL)`);
    await db.dataSource.query(`CREATE VIEW prepared_probe_view AS SELECT id FROM prepared_probe`);
  });
  afterAll(async () => {
    await db.drop();
  });

  const insert = new PreparedStatement<{ id: number }>('probe_insert', 'INSERT INTO prepared_probe (id, label) VALUES ($1, $2) RETURNING id');
  const byId = new PreparedStatement<{ id: number; label: string }>('probe_by_id', 'SELECT * FROM prepared_probe WHERE id = $1');

  it("runs inside the caller's transaction, on its connection", async () => {
    await db.dataSource
      .transaction(async (manager) => {
        expect(await insert.rows(manager, [1, 'one'])).toEqual([{ id: 1 }]);
        expect(await byId.first(manager, [1])).toEqual({ id: 1, label: 'one' });
        expect(await byId.first(db.dataSource, [1])).toBeUndefined();
        throw new Error('roll back');
      })
      .catch(() => undefined);
    expect(await byId.first(db.dataSource, [1])).toBeUndefined();
  });

  it('counts the rows a write touched', async () => {
    await insert.execute(db.dataSource, [2, 'two']);
    const rename = new PreparedStatement('probe_rename', 'UPDATE prepared_probe SET label = $2 WHERE id = $1');
    expect((await rename.execute(db.dataSource, [2, 'deux'])).rowCount).toBe(1);
    expect((await rename.execute(db.dataSource, [99, 'none'])).rowCount).toBe(0);
  });

  it("reports a failed statement as TypeORM does, with the driver's error code", async () => {
    await insert.execute(db.dataSource, [3, 'three']);
    const failure = await insert.execute(db.dataSource, [3, 'again']).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(QueryFailedError);
    expect((failure as QueryFailedError & { driverError: { code: string } }).driverError.code).toBe('23505');
  });

  it('plans afresh when a migration changed the columns under a prepared statement', async () => {
    const fromView = new PreparedStatement('probe_view_all', 'SELECT * FROM prepared_probe_view ORDER BY id');
    // Every pooled connection prepares it once.
    for (let i = 0; i < 12; i++) await fromView.rows(db.dataSource, []);
    await db.dataSource.query(`CREATE OR REPLACE VIEW prepared_probe_view AS SELECT id, label FROM prepared_probe`);
    for (let i = 0; i < 12; i++) expect((await fromView.rows(db.dataSource, []))[0]).toEqual({ id: 2, label: 'deux' });
  });

  it('refuses two different statements under one name', () => {
    expect(() => new PreparedStatement('probe_by_id', 'SELECT 1')).toThrow(/Two prepared statements are named probe_by_id/);
  });
});
