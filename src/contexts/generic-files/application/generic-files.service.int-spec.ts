import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import type { Actor } from '../../../shared/access/actor.js';
import { GenericFileReadQueries } from '../infrastructure/persistence/generic-file.read-queries.js';
import { GenericFilesService } from './generic-files.service.js';

const sysAdmin: Actor = { userId: 1, email: 'system@aptrust.org', name: 'APTrust System', role: 'admin', institutionId: 1, authMethod: 'api-key' };

describe('GenericFilesService.listFull (the admin file list)', () => {
  let db: TestDatabase;
  let service: GenericFilesService;

  beforeAll(async () => {
    db = await createTestDatabase({ fixtures: true });
    service = new GenericFilesService(new GenericFileReadQueries(db.dataSource));
    // Enough files for a 500-file page, each with events, checksums and storage records.
    await db.dataSource.query(`
      INSERT INTO generic_files (file_format, size, identifier, intellectual_object_id, created_at, updated_at, state, institution_id, storage_option, uuid)
      SELECT 'text/plain', g, 'institution1.edu/photos/bulk/' || g, 1, now(), now(), 'A', 2, 'Standard', gen_random_uuid()::text FROM generate_series(1, 600) g`);
    await db.dataSource.query(`
      INSERT INTO premis_events (identifier, event_type, date_time, generic_file_id, intellectual_object_id, institution_id, outcome, created_at, updated_at)
      SELECT gen_random_uuid()::text, 'ingestion', now(), id, 1, 2, 'Success', now(), now() FROM generic_files, generate_series(1, 3)
      WHERE identifier LIKE 'institution1.edu/photos/bulk/%'`);
    await db.dataSource.query(`
      INSERT INTO checksums (algorithm, datetime, digest, generic_file_id, created_at, updated_at)
      SELECT 'md5', now(), md5(id::text), id, now(), now() FROM generic_files WHERE identifier LIKE 'institution1.edu/photos/bulk/%'`);
    await db.dataSource.query(`
      INSERT INTO storage_records (generic_file_id, url)
      SELECT id, 'https://example.org/' || uuid FROM generic_files WHERE identifier LIKE 'institution1.edu/photos/bulk/%'`);
  });
  afterAll(async () => {
    await db.drop();
  });

  it('reads a page of 500 full files with at most five queries, in list order', async () => {
    const spy = jest.spyOn(db.dataSource.logger, 'logQuery');
    try {
      const page = await service.listFull(sysAdmin, 'institution_id=2&state=A&storage_option__in=Standard&sort=identifier__asc&per_page=500&page=1');
      expect(spy.mock.calls.length).toBeLessThanOrEqual(5);
      expect(page.items).toHaveLength(500);
      const [{ n }] = await db.dataSource.query(`SELECT count(*)::int AS n FROM generic_files WHERE institution_id = 2 AND state = 'A' AND storage_option = 'Standard'`);
      expect(n).toBeGreaterThan(600);
      expect(page.count).toBe(n);
      const identifiers = page.items.map((file) => file.identifier!);
      expect(identifiers).toEqual([...identifiers].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))));
      const bulk = page.items.find((file) => file.identifier === 'institution1.edu/photos/bulk/42')!;
      expect(bulk.premis_events).toHaveLength(3);
      expect(bulk.checksums).toHaveLength(1);
      expect(bulk.storage_records).toHaveLength(1);
    } finally {
      spy.mockRestore();
    }
  });
});
