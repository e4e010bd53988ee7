import { createTestApp, type TestApp } from '../../support/test-app.js';

const ZERO = '0001-01-01T00:00:00Z';
const OBJECT_KEYS = [
  'id', 'created_at', 'updated_at', 'title', 'description', 'identifier', 'alt_identifier', 'access', 'bag_name', 'institution_id', 'state', 'etag',
  'bag_group_identifier', 'storage_option', 'bagit_profile_identifier', 'source_organization', 'internal_sender_identifier',
  'internal_sender_description', 'institution', 'generic_files', 'premis_events',
];
const FILE_KEYS = [
  'id', 'created_at', 'updated_at', 'file_format', 'size', 'identifier', 'intellectual_object_id', 'state', 'last_fixity_check', 'institution_id',
  'storage_option', 'uuid', 'premis_events', 'checksums', 'storage_records', 'mtime',
];

// Fixture requests 1 (awaiting approval, files 7–9), 2 (approved by user 2, object 2) and 3 (cancelled by user 2, object 3),
// all of institution 2 and requested by user 3.
describe('admin API: deletion requests', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  describe('GET /admin-api/v3/deletions', () => {
    it('lists every institution\'s requests as DeletionRequestView rows, newest first', async () => {
      const { status, body } = await t.getJson('sysAdmin', '/admin-api/v3/deletions');
      expect(status).toBe(200);
      expect(body.count).toBe(3);
      expect(body.results.map((r: { id: number }) => r.id)).toEqual([3, 2, 1]);
      expect(body.results[0]).toMatchObject({ id: 3, cancelled_by_id: 2, cancelled_by_email: 'admin@inst1.edu', object_count: 1, file_count: 0 });
    });

    it('filters like the member API and answers 400 for an unknown parameter', async () => {
      expect((await t.getJson('sysAdmin', '/admin-api/v3/deletions?institution_id=3')).body.count).toBe(0);
      expect((await t.getJson('sysAdmin', '/admin-api/v3/deletions?requested_at__gteq=2021-05-13T11:10:33Z')).body.count).toBe(2);
      const bad = await t.getJson('sysAdmin', '/admin-api/v3/deletions?status=Approved');
      expect(bad.status).toBe(400);
      expect(bad.body.StatusCode).toBe(400);
    });

    it('refuses non-admins (403) and anonymous callers (401)', async () => {
      expect((await t.getJson('instAdmin', '/admin-api/v3/deletions')).status).toBe(403);
      expect((await t.getJson('anonymous', '/admin-api/v3/deletions')).status).toBe(401);
    });
  });

  describe('GET /admin-api/v3/deletions/show/:id', () => {
    it('shows an approved request as DeletionRequestMin, with its objects and no relations', async () => {
      const { status, body } = await t.getJson('sysAdmin', '/admin-api/v3/deletions/show/2');
      expect(status).toBe(200);
      expect(Object.keys(body)).toEqual([
        'id', 'institution_id', 'requested_at', 'confirmed_at', 'cancelled_at', 'requested_by', 'confirmed_by', 'cancelled_by', 'generic_files', 'intellectual_objects',
      ]);
      expect(body).toMatchObject({
        id: 2,
        institution_id: 2,
        requested_at: '2021-05-13T11:10:33Z',
        confirmed_at: '2021-05-13T11:10:33Z',
        cancelled_at: ZERO,
        requested_by: { id: 3, name: 'Inst One User', email: 'user@inst1.edu' },
        confirmed_by: { id: 2, name: 'Inst One Admin', email: 'admin@inst1.edu' },
        cancelled_by: null,
        generic_files: [],
      });
      expect(Object.keys(body.requested_by)).toEqual(['id', 'name', 'email']);
      expect(body.intellectual_objects).toHaveLength(1);
      expect(Object.keys(body.intellectual_objects[0])).toEqual(OBJECT_KEYS);
      expect(body.intellectual_objects[0]).toMatchObject({ id: 2, institution: null, generic_files: null, premis_events: null });
    });

    it('shows a request for files with the files and no relations', async () => {
      const { body } = await t.getJson('sysAdmin', '/admin-api/v3/deletions/show/1');
      expect(body.confirmed_by).toBeNull();
      expect(body.confirmed_at).toBe(ZERO);
      expect(body.intellectual_objects).toEqual([]);
      expect(body.generic_files.map((f: { id: number }) => f.id)).toEqual([7, 8, 9]);
      expect(Object.keys(body.generic_files[0])).toEqual(FILE_KEYS);
      expect(body.generic_files[0]).toMatchObject({ premis_events: null, checksums: null, storage_records: null });
    });

    it('names the canceller of a cancelled request', async () => {
      const { body } = await t.getJson('sysAdmin', '/admin-api/v3/deletions/show/3');
      expect(body.cancelled_by).toEqual({ id: 2, name: 'Inst One Admin', email: 'admin@inst1.edu' });
      expect(body.cancelled_at).toBe('2021-05-13T11:10:34Z');
    });

    it('answers 404 for an unknown request and 403 for non-admins', async () => {
      const missing = await t.getJson('sysAdmin', '/admin-api/v3/deletions/show/999');
      expect(missing.status).toBe(404);
      expect((await t.getJson('instAdmin', '/admin-api/v3/deletions/show/2')).status).toBe(403);
    });
  });

  /** A Started Delete item copied from object `objectId`'s ingest item 23 (object 2), as Preserv's deleter leaves it. */
  const startedDeleteItem = async (o: { objectId: number; fileId?: number | null; requestId: number | null; instApprover?: string | null }) => {
    const [{ id }] = await t.db.dataSource.query(
      `INSERT INTO work_items (created_at, updated_at, name, etag, bucket, "user", note, action, stage, status, outcome, bag_date, date_processed,
                               retry, needs_admin_review, institution_id, intellectual_object_id, generic_file_id, inst_approver, deletion_request_id, node, pid)
       SELECT now(), now(), name, etag, bucket, 'user@inst1.edu', 'Deleting', 'Delete', 'Resolve', 'Started', 'Deleting', bag_date, now(),
              true, false, 2, $1, $2, $3, $4, 'preserv-host', 123 FROM work_items WHERE id = 23 RETURNING id`,
      [o.objectId, o.fileId ?? null, o.instApprover === undefined ? 'admin@inst1.edu' : o.instApprover, o.requestId],
    );
    return id as number;
  };
  const finish = (itemId: number) => t.db.dataSource.query(`UPDATE work_items SET status = 'Success' WHERE id = $1`, [itemId]);
  const del = (url: string, persona: 'sysAdmin' | 'instAdmin' = 'sysAdmin') => t.request(persona, { method: 'DELETE', url });
  const fileState = async (id: number) => {
    const [file] = await t.db.dataSource.query('SELECT state FROM generic_files WHERE id = $1', [id]);
    const [{ records }] = await t.db.dataSource.query('SELECT count(*)::int AS records FROM storage_records WHERE generic_file_id = $1', [id]);
    const [{ events }] = await t.db.dataSource.query(`SELECT count(*)::int AS events FROM premis_events WHERE generic_file_id = $1 AND event_type = 'deletion'`, [id]);
    return { state: file?.state, records, events };
  };

  describe('DELETE /admin-api/v3/files/delete/:id', () => {
    it('answers 409 without an approved Started Delete work item, and changes nothing', async () => {
      const before = await fileState(4);
      const response = await del('/admin-api/v3/files/delete/4');
      expect(response.statusCode).toBe(409);
      expect(response.json()).toEqual({ StatusCode: 409, Error: 'Missing deletion request work item' });
      expect(await fileState(4)).toEqual(before);
    });

    it.each([
      ['no institutional approver', { instApprover: null, requestId: 2 }, 'Deletion work item is missing institutional approver'],
      ['an unconfirmed request', { requestId: 1 }, 'Deletion request 1 has no approver'],
      ['no request', { requestId: null }, /^No deletion request for work item \d+$/],
    ])('answers 409 for a work item with %s', async (_, item, message) => {
      const itemId = await startedDeleteItem({ objectId: 2, ...item });
      const response = await del('/admin-api/v3/files/delete/4');
      expect(response.statusCode).toBe(409);
      expect(response.json().Error).toMatch(message);
      expect((await fileState(4)).state).toBe('A');
      await finish(itemId);
    });

    it('does not take the Delete item of another file of the same object as approval', async () => {
      const itemId = await startedDeleteItem({ objectId: 2, fileId: 5, requestId: 2 });
      const response = await del('/admin-api/v3/files/delete/4');
      expect(response.statusCode).toBe(409);
      expect(response.json().Error).toBe('Missing deletion request work item');
      await finish(itemId);
    });

    it('refuses a file that has not passed its minimum retention period', async () => {
      const [{ id }] = await t.db.dataSource.query(
        `INSERT INTO generic_files (file_format, size, identifier, intellectual_object_id, state, institution_id, storage_option, uuid, created_at, updated_at)
         VALUES ('text/plain', 10, 'institution1.edu/pdfs/cold.txt', 2, 'A', 2, 'Glacier-OR', '11111111-2222-4333-8444-555555555555', now(), now()) RETURNING id`,
      );
      const itemId = await startedDeleteItem({ objectId: 2, fileId: id, requestId: 2 });
      const response = await del(`/admin-api/v3/files/delete/${id}`);
      expect(response.statusCode).toBe(409);
      expect(response.json()).toEqual({ StatusCode: 409, Error: 'File has not passed minimum retention period' });
      await finish(itemId);
      await t.db.dataSource.query(`UPDATE generic_files SET state = 'D' WHERE id = $1`, [id]);
    });

    it('marks the file deleted, records the deletion event and removes its storage records (200)', async () => {
      const itemId = await startedDeleteItem({ objectId: 2, requestId: 2 });
      const before = await fileState(4);
      expect(before.records).toBeGreaterThan(0);
      const response = await del('/admin-api/v3/files/delete/4');
      expect(response.statusCode).toBe(200);
      const file = response.json();
      expect(Object.keys(file)).toEqual(FILE_KEYS);
      expect(file).toMatchObject({ id: 4, state: 'D', intellectual_object_id: 2, premis_events: null, storage_records: null });
      expect(await fileState(4)).toEqual({ state: 'D', records: 0, events: 1 });
      const [event] = await t.db.dataSource.query(`SELECT * FROM premis_events WHERE generic_file_id = 4 AND event_type = 'deletion'`);
      expect(event).toMatchObject({
        agent: 'APTrust preservation services',
        object: 'Minio S3 library',
        outcome: 'Success',
        outcome_detail: 'user@inst1.edu',
        institution_id: 2,
        intellectual_object_id: 2,
      });
      expect(event.outcome_information).toContain('admin@inst1.edu');
      expect(event.identifier).toMatch(/^[0-9a-f-]{36}$/);

      const again = await del('/admin-api/v3/files/delete/4');
      expect(again.statusCode).toBe(409);
      expect(again.json()).toEqual({ StatusCode: 409, Error: 'File is already in deleted state' });
      expect((await fileState(4)).events).toBe(1);
      await finish(itemId);
    });

    it('answers 404 for an unknown file and 403 for non-admins', async () => {
      expect((await del('/admin-api/v3/files/delete/99999')).statusCode).toBe(404);
      expect((await del('/admin-api/v3/files/delete/5', 'instAdmin')).statusCode).toBe(403);
      expect((await fileState(5)).state).toBe('A');
    });
  });

  describe('DELETE /admin-api/v3/objects/delete/:id', () => {
    const objectRow = async (id: number) => (await t.db.dataSource.query('SELECT state, bagit_profile_identifier FROM intellectual_objects WHERE id = $1', [id]))[0];
    const objectDeletionEvents = async (id: number) =>
      (await t.db.dataSource.query(`SELECT * FROM premis_events WHERE intellectual_object_id = $1 AND generic_file_id IS NULL AND event_type = 'deletion'`, [id]));

    it('refuses an object with active files (409) and writes nothing', async () => {
      const itemId = await startedDeleteItem({ objectId: 2, requestId: 2 });
      const response = await del('/admin-api/v3/objects/delete/2');
      expect(response.statusCode).toBe(409);
      expect(response.json()).toEqual({ StatusCode: 409, Error: 'cannot delete object with active files' });
      expect((await objectRow(2)).state).toBe('A');
      expect(await objectDeletionEvents(2)).toHaveLength(0);
      await finish(itemId);
    });

    it('refuses an object deleted since its last ingest', async () => {
      // Object 6 has an object-level deletion event (54) newer than its last ingestion event.
      await t.db.dataSource.query(`UPDATE generic_files SET state = 'D' WHERE intellectual_object_id = 6`);
      const response = await del('/admin-api/v3/objects/delete/6');
      expect(response.statusCode).toBe(409);
      expect(response.json().Error).toBe('Object has already been deleted since last ingest');
    });

    it('orders the ingestion and deletion events by when they were recorded (created_at), not by date_time', async () => {
      await t.db.dataSource.query(`UPDATE generic_files SET state = 'D' WHERE intellectual_object_id = 6`);
      await t.db.dataSource.query(`UPDATE premis_events SET date_time = '2000-01-01' WHERE id = 54`);
      try {
        const response = await del('/admin-api/v3/objects/delete/6');
        expect(response.statusCode).toBe(409);
        expect(response.json().Error).toBe('Object has already been deleted since last ingest');
      } finally {
        await t.db.dataSource.query(`UPDATE premis_events SET date_time = created_at WHERE id = 54`);
      }
    });

    it('refuses an object without an ingestion event', async () => {
      const [{ id }] = await t.db.dataSource.query(
        `INSERT INTO intellectual_objects (title, identifier, bag_name, institution_id, state, storage_option, access, created_at, updated_at)
         VALUES ('Never ingested', 'institution1.edu/never', 'never.tar', 2, 'A', 'Standard', 'institution', '2020-01-01', now()) RETURNING id`,
      );
      const response = await del(`/admin-api/v3/objects/delete/${id}`);
      expect(response.statusCode).toBe(409);
      expect(response.json().Error).toBe("Can't find last ingest event");
    });

    it('marks an emptied object deleted, with its institution, the default profile and the deletion event (200)', async () => {
      await t.db.dataSource.query(`UPDATE generic_files SET state = 'D' WHERE intellectual_object_id = 2`);
      await t.db.dataSource.query(`UPDATE intellectual_objects SET bagit_profile_identifier = NULL WHERE id = 2`);
      // Without an approved item for the object itself it is still refused.
      const refused = await del('/admin-api/v3/objects/delete/2');
      expect(refused.statusCode).toBe(409);
      expect(refused.json().Error).toBe('Missing deletion request work item');
      expect((await objectRow(2)).bagit_profile_identifier).toBeNull();

      const itemId = await startedDeleteItem({ objectId: 2, requestId: 2 });
      const response = await del('/admin-api/v3/objects/delete/2');
      expect(response.statusCode).toBe(200);
      const object = response.json();
      expect(Object.keys(object)).toEqual(OBJECT_KEYS);
      expect(object).toMatchObject({
        id: 2,
        state: 'D',
        bagit_profile_identifier: 'https://raw.githubusercontent.com/APTrust/preservation-services/master/profiles/aptrust-v2.2.json',
        generic_files: null,
        premis_events: null,
      });
      expect(Object.keys(object.institution)).toEqual([
        'id', 'created_at', 'updated_at', 'name', 'identifier', 'state', 'type', 'member_institution_id', 'deactivated_at', 'otp_enabled',
        'spot_restore_frequency', 'last_spot_restore_work_item_id', 'receiving_bucket', 'restore_bucket',
      ]);
      expect(object.institution).toMatchObject({ id: 2, identifier: 'institution1.edu', member_institution_id: 0, deactivated_at: ZERO });
      expect((await objectRow(2)).state).toBe('D');
      const events = await objectDeletionEvents(2);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ outcome: 'Success', outcome_detail: 'user@inst1.edu', institution_id: 2, generic_file_id: null });

      const again = await del('/admin-api/v3/objects/delete/2');
      expect(again.statusCode).toBe(409);
      expect(again.json().Error).toBe('Object is already in deleted state');
      expect(await objectDeletionEvents(2)).toHaveLength(1);
      await finish(itemId);
    });

    it('refuses an object that has not passed its retention period', async () => {
      const [{ id }] = await t.db.dataSource.query(
        `INSERT INTO intellectual_objects (title, identifier, bag_name, institution_id, state, storage_option, access, created_at, updated_at)
         VALUES ('Fresh', 'institution1.edu/fresh', 'fresh.tar', 2, 'A', 'Wasabi-TX', 'institution', now(), now()) RETURNING id`,
      );
      await t.db.dataSource.query(
        `INSERT INTO premis_events (identifier, event_type, date_time, outcome, outcome_detail, detail, outcome_information, object, agent,
                                    intellectual_object_id, institution_id, created_at, updated_at)
         VALUES (gen_random_uuid()::text, 'ingestion', now(), 'Success', 'x', 'x', 'x', 'x', 'x', $1, 2, now(), now())`,
        [id],
      );
      const response = await del(`/admin-api/v3/objects/delete/${id}`);
      expect(response.statusCode).toBe(409);
      expect(response.json().Error).toBe('Object has not passed minimum retention period');
    });

    it('answers 404 for an unknown object and 403 for non-admins', async () => {
      expect((await del('/admin-api/v3/objects/delete/99999')).statusCode).toBe(404);
      expect((await del('/admin-api/v3/objects/delete/1', 'instAdmin')).statusCode).toBe(403);
    });
  });
});
