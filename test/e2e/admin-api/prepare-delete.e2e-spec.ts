import { createTestApp, type TestApp } from '../../support/test-app.js';

const NOT_SUPPORTED = { StatusCode: 405, Error: 'operation not supported' };

describe('admin API: test-only deletion preparation', () => {
  const post = (t: TestApp, url: string, persona: 'sysAdmin' | 'instAdmin' = 'sysAdmin') => t.request(persona, { method: 'POST', url });
  const counts = async (t: TestApp) =>
    (await t.db.dataSource.query(
      `SELECT (SELECT count(*)::int FROM deletion_requests) AS requests, (SELECT count(*)::int FROM work_items) AS items,
              (SELECT count(*)::int FROM premis_events) AS events`,
    ))[0];

  describe('when not enabled', () => {
    it.each([
      ['without APP_TEST_ROUTES', {}, ''],
      ['with APP_TEST_ROUTES but a database not named *_test', { APP_TEST_ROUTES: 'true' }, ''],
      ['with a *_test database but without APP_TEST_ROUTES', {}, '_test'],
    ])('answers 405 %s and writes nothing', async (_, env, suffix) => {
      const t = await createTestApp({ env, databaseNameSuffix: suffix });
      try {
        const before = await counts(t);
        for (const url of ['/admin-api/v3/prepare_file_delete/1', '/admin-api/v3/prepare_object_delete/1']) {
          const response = await post(t, url);
          expect(response.statusCode).toBe(405);
          expect(response.json()).toEqual(NOT_SUPPORTED);
        }
        expect(await counts(t)).toEqual(before);
      } finally {
        await t.close();
      }
    });
  });

  describe('on a local *_test database with APP_TEST_ROUTES=true', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ env: { APP_TEST_ROUTES: 'true' }, databaseNameSuffix: '_test' });
    });
    afterAll(async () => {
      await t.close();
    });

    it('makes a file deletable: 200 with a Started Delete item, after which files/delete succeeds', async () => {
      // File 49 (object 3) is Standard; make it look freshly deposited in Glacier so that retention would refuse it.
      await t.db.dataSource.query(`UPDATE generic_files SET created_at = now(), storage_option = 'Glacier-OR' WHERE id = 49`);
      expect((await t.request('sysAdmin', { method: 'DELETE', url: '/admin-api/v3/files/delete/49' })).statusCode).toBe(409);

      const response = await post(t, '/admin-api/v3/prepare_file_delete/49');
      expect(response.statusCode).toBe(200);
      const item = response.json();
      expect(item).toMatchObject({
        action: 'Delete', status: 'Started', generic_file_id: 49, intellectual_object_id: 3, user: 'admin@inst1.edu', inst_approver: 'admin@inst1.edu',
      });
      expect(item.deletion_request_id).toBeGreaterThan(3);
      expect(item.queued_at).toBe('0001-01-01T00:00:00Z');
      const [request] = await t.db.dataSource.query('SELECT * FROM deletion_requests WHERE id = $1', [item.deletion_request_id]);
      expect(request).toMatchObject({ institution_id: 2, requested_by_id: 2, confirmed_by_id: 2 });
      expect(await t.db.dataSource.query(`SELECT count(*)::int AS n FROM queue_outbox WHERE body = $1`, [String(item.id)])).toEqual([{ n: 0 }]);

      const deleted = await t.request('sysAdmin', { method: 'DELETE', url: '/admin-api/v3/files/delete/49' });
      expect(deleted.statusCode).toBe(200);
      expect(deleted.json()).toMatchObject({ id: 49, state: 'D' });
    });

    it('makes an object deletable: its files and then the object can be deleted', async () => {
      // Object 6 has a deletion event newer than its ingestion events, and 24 active files.
      const response = await post(t, '/admin-api/v3/prepare_object_delete/6');
      expect(response.statusCode).toBe(200);
      const item = response.json();
      expect(item).toMatchObject({ action: 'Delete', status: 'Started', intellectual_object_id: 6, generic_file_id: 0, inst_approver: 'admin@inst2.edu' });
      const files: { id: number }[] = await t.db.dataSource.query(`SELECT id FROM generic_files WHERE intellectual_object_id = 6 AND state = 'A' ORDER BY id`);
      expect(files.length).toBeGreaterThan(20);
      for (const { id } of files) {
        const deleted = await t.request('sysAdmin', { method: 'DELETE', url: `/admin-api/v3/files/delete/${id}` });
        expect(deleted.statusCode).toBe(200);
      }
      const object = await t.request('sysAdmin', { method: 'DELETE', url: '/admin-api/v3/objects/delete/6' });
      expect(object.statusCode).toBe(200);
      expect(object.json()).toMatchObject({ id: 6, state: 'D' });
    });

    it('answers 404 for unknown records and 403 for non-admins', async () => {
      expect((await post(t, '/admin-api/v3/prepare_file_delete/99999')).statusCode).toBe(404);
      expect((await post(t, '/admin-api/v3/prepare_object_delete/99999')).statusCode).toBe(404);
      expect((await post(t, '/admin-api/v3/prepare_object_delete/1', 'instAdmin')).statusCode).toBe(403);
    });

    it('answers 409 when the institution has no active institutional admin, and writes nothing', async () => {
      // Institution 5 (example.edu) has no users; give it an object.
      const [{ id }] = await t.db.dataSource.query(
        `INSERT INTO intellectual_objects (title, identifier, bag_name, institution_id, state, storage_option, access, etag, created_at, updated_at)
         VALUES ('Lonely', 'example.edu/lonely', 'lonely.tar', 5, 'A', 'Standard', 'institution', '0123456789abcdef0123456789abcdef', now(), now()) RETURNING id`,
      );
      const before = await counts(t);
      const response = await post(t, `/admin-api/v3/prepare_object_delete/${id}`);
      expect(response.statusCode).toBe(409);
      expect(response.json()).toEqual({ StatusCode: 409, Error: 'institution 5 has no active institutional admin' });
      expect(await counts(t)).toEqual(before);
    });
  });
});
