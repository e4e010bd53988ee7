import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-database.js';
import { defaultFixtureDir, FIXTURE_TABLES, resetToFixtures } from './fixtures.js';

/** Data rows of a CSV file (records, not lines: quoted fields may not hold newlines in these files). */
async function csvRowCount(table: string): Promise<number> {
  const text = await readFile(path.join(defaultFixtureDir(), `${table}.csv`), 'utf8');
  return text.split(/\r?\n/).filter((line) => line.trim() !== '').length - 1;
}

const count = async (db: TestDatabase, sql: string): Promise<number> => Number((await db.dataSource.query(sql))[0].count);

describe('reference fixtures', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.drop();
  });

  it('load every CSV row into its table, in under 10 seconds', async () => {
    const started = Date.now();
    const counts = await resetToFixtures(db.dataSource);
    expect(Date.now() - started).toBeLessThan(10_000);
    for (const table of FIXTURE_TABLES) {
      const expected = await csvRowCount(table);
      expect([table, counts.get(table)]).toEqual([table, expected]);
      expect([table, await count(db, `SELECT count(*) FROM ${table}`)]).toEqual([table, expected]);
    }
  });

  it('match the totals the fixtures README states', async () => {
    expect(await count(db, `SELECT count(*) FROM intellectual_objects`)).toBe(14);
    expect(await count(db, `SELECT count(*) FROM intellectual_objects WHERE state = 'A'`)).toBe(13);
    expect(await count(db, `SELECT count(*) FROM generic_files`)).toBe(62);
    expect(await count(db, `SELECT count(*) FROM generic_files WHERE state = 'A'`)).toBe(59);
    expect(await count(db, `SELECT count(*) FROM premis_events`)).toBe(54);
    expect(await count(db, `SELECT count(*) FROM work_items`)).toBe(33);
    expect(await count(db, `SELECT count(*) FROM checksums`)).toBe(32);
    expect(await count(db, `SELECT count(*) FROM storage_records`)).toBe(88);
    const [{ bytes }] = await db.dataSource.query(`SELECT sum(size) AS bytes FROM generic_files WHERE state = 'A'`);
    expect(bytes).toBe(1_840_729_900_105);
  });

  it('read the CSV quirks correctly: US dates, arrays, booleans, NULLs and UTF-8', async () => {
    const [user] = await db.dataSource.query(`SELECT created_at, deactivated_at, grace_period, otp_backup_codes, email_verified, enabled_two_factor FROM users WHERE id = 4`);
    expect(user).toEqual({
      created_at: '2021-01-12T17:14:00Z',
      deactivated_at: '2021-01-15T13:49:00Z',
      grace_period: '1999-12-31T23:59:00Z',
      otp_backup_codes: ['code1', 'code2', 'code3'],
      email_verified: true,
      enabled_two_factor: false,
    });
    const [sms] = await db.dataSource.query(`SELECT enabled_two_factor, grace_period FROM users WHERE id = 6`);
    expect(sms).toEqual({ enabled_two_factor: null, grace_period: '2021-11-09T05:00:00Z' });
    const [file] = await db.dataSource.query(`SELECT identifier FROM generic_files WHERE id = 19`);
    expect(file.identifier).toBe('institution2.edu/toads/Prakash_ 39 Harv. J.L. & Pub. Pol’y 341 .pdf');
    const [object] = await db.dataSource.query(`SELECT etag FROM intellectual_objects WHERE id = 9`);
    expect(object.etag).toBe('1.23456788765432E+031');
  });

  it('move every id sequence past the loaded ids', async () => {
    const [{ id }] = await db.dataSource.query(`INSERT INTO storage_records (generic_file_id, url) VALUES (1, 'https://example.org/x') RETURNING id`);
    expect(id).toBe(89);
    const [{ id: alertId }] = await db.dataSource.query(`INSERT INTO alerts (institution_id, type, subject, content, created_at) VALUES (2, 'Welcome New User', 's', 'c', now()) RETURNING id`);
    expect(alertId).toBe(9);
  });

  it('refresh the count caches and deposit statistics', async () => {
    const [{ row_count }] = await db.dataSource.query(`SELECT row_count FROM generic_file_counts WHERE institution_id IS NULL AND state IS NULL`);
    expect(row_count).toBe(62);
    const [{ total_bytes }] = await db.dataSource.query(
      `SELECT total_bytes FROM current_deposit_stats WHERE institution_id IS NULL AND storage_option = 'Total'`,
    );
    expect(total_bytes).toBe(1_840_729_900_105);
    expect(await count(db, `SELECT count(*) FROM historical_deposit_stats`)).toBeGreaterThan(0);
  });
});
