import { Redis } from 'ioredis';
import { createServer } from 'node:net';
import { DataSource } from 'typeorm';
import { TestNsqd } from '../../support/nsqd.js';
import { emailSentWithoutDelivery } from '../../support/outbox.js';
import { createTestApp, type Persona, type TestApp } from '../../support/test-app.js';

const ITEMS = '/admin-api/v3/items';
const ZERO = '0001-01-01T00:00:00Z';
const ETAG = '0123456789abcdef0123456789abcdef';
const WORK_ITEM_KEYS = [
  'id', 'created_at', 'updated_at', 'name', 'etag', 'institution_id', 'intellectual_object_id', 'generic_file_id', 'bucket', 'user', 'note',
  'action', 'stage', 'status', 'outcome', 'bag_date', 'date_processed', 'retry', 'node', 'pid', 'needs_admin_review', 'queued_at', 'size',
  'stage_started_at', 'aptrust_approver', 'inst_approver', 'deletion_request_id',
];

/** A new item as Preserv's bucket reader posts it: Go zero values for everything it does not know. */
const newItem = (overrides: Record<string, unknown> = {}) => ({
  id: 0,
  name: 'new_bag.tar',
  etag: ETAG,
  institution_id: 2,
  intellectual_object_id: 0,
  generic_file_id: 0,
  bucket: 'aptrust.receiving.test.institution1.edu',
  user: 'system@aptrust.org',
  note: 'Item is in receiving bucket',
  action: 'Ingest',
  stage: 'Receive',
  status: 'Pending',
  outcome: '',
  bag_date: '2026-11-20T10:00:00Z',
  date_processed: '2026-11-20T10:00:01.5Z',
  retry: true,
  node: '',
  pid: 0,
  needs_admin_review: false,
  queued_at: ZERO,
  size: 12345,
  stage_started_at: ZERO,
  aptrust_approver: '',
  inst_approver: '',
  deletion_request_id: 0,
  created_at: ZERO,
  updated_at: ZERO,
  ...overrides,
});

type Json = Record<string, any>;

describe('admin API: work items', () => {
  let t: TestApp;
  let nsqd: TestNsqd;
  const redisDb = 1 + Math.floor(Math.random() * 15);

  const json = { 'content-type': 'application/json' };
  const post = (url: string, payload: unknown, persona: Persona = 'sysAdmin') =>
    t.request(persona, { method: 'POST', url, payload: payload as object, headers: json });
  const put = (url: string, payload: unknown, persona: Persona = 'sysAdmin') =>
    t.request(persona, { method: 'PUT', url, payload: payload as object, headers: json });
  const requeue = (id: number, form: string, persona: Persona = 'sysAdmin') =>
    t.request(persona, { method: 'PUT', url: `${ITEMS}/requeue/${id}`, payload: form, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  const query = <T = Json>(sql: string, params: unknown[] = []): Promise<T[]> => t.db.dataSource.query(sql, params);
  const row = async (id: number): Promise<Json> => (await query('SELECT * FROM work_items WHERE id = $1', [id]))[0];
  const itemCount = async () => (await query<{ n: number }>('SELECT count(*)::int AS n FROM work_items'))[0].n;
  const outboxCount = async () => (await query<{ n: number }>('SELECT count(*)::int AS n FROM queue_outbox'))[0].n;
  const create = async (overrides: Record<string, unknown> = {}): Promise<Json> => {
    const response = await post(`${ITEMS}/create/${overrides.institution_id ?? 2}`, newItem(overrides));
    expect(response.statusCode).toBe(201);
    return response.json();
  };
  const show = async (id: number): Promise<Json> => (await t.getJson('sysAdmin', `${ITEMS}/show/${id}`)).body;
  const alertsOfItem = (id: number) =>
    query<Json>('SELECT a.* FROM alerts a JOIN alerts_work_items l ON l.alert_id = a.id WHERE l.work_item_id = $1 ORDER BY a.id', [id]);
  const recipientsOf = async (alertId: number) =>
    (await query<{ user_id: number }>('SELECT user_id FROM alerts_users WHERE alert_id = $1 ORDER BY user_id', [alertId])).map((r) => r.user_id);
  const activeUsers = async (institutionId: number, role?: string) =>
    (await query<{ id: number }>(
      `SELECT id FROM users WHERE institution_id = $1 AND deactivated_at IS NULL ${role ? 'AND role = $2' : ''} ORDER BY id`,
      role ? [institutionId, role] : [institutionId],
    )).map((r) => r.id);

  beforeAll(async () => {
    nsqd = await TestNsqd.start();
    t = await createTestApp({ env: { NSQD_TCP_ADDRESS: nsqd.tcpAddress, REDIS_URL: 'redis://127.0.0.1:6379', REDIS_DEFAULT_DB: String(redisDb) } });
  });
  afterAll(async () => {
    await t.close();
    await nsqd.stop();
  });

  describe('access', () => {
    it.each([
      ['GET', ITEMS],
      ['GET', `${ITEMS}/show/1`],
      ['POST', `${ITEMS}/create/2`],
      ['PUT', `${ITEMS}/update/1`],
      ['PUT', `${ITEMS}/requeue/1`],
      ['DELETE', `${ITEMS}/redis_delete/1`],
    ] as const)('%s %s refuses institutional admins and users (403) and anonymous callers (401)', async (method, url) => {
      const before = await itemCount();
      for (const persona of ['instAdmin', 'instUser'] as const) {
        const response = await t.request(persona, { method, url, payload: method === 'GET' || method === 'DELETE' ? undefined : newItem(), headers: json });
        expect(response.statusCode).toBe(403);
        expect(response.json().error).toMatch(/non-admins must use the member api/);
      }
      expect((await t.request('anonymous', { method, url })).statusCode).toBe(401);
      expect(await itemCount()).toBe(before);
    });
  });

  describe(`GET ${ITEMS} and ${ITEMS}/show/:id`, () => {
    it('lists WorkItemViews with the member API filters', async () => {
      const { status, body } = await t.getJson('sysAdmin', `${ITEMS}?institution_id=3&action=Ingest&stage=Receive&sort=id__asc&per_page=3`);
      expect(status).toBe(200);
      expect(body.count).toBe(10);
      expect(body.results.map((i: Json) => i.id)).toEqual([11, 12, 13]);
      expect(body.results[0]).toMatchObject({ institution_identifier: 'institution2.edu', object_identifier: '', intellectual_object_id: 0, queued_at: '2016-08-30T15:41:45Z' });
      expect(body.next).toBe(`${ITEMS}?action=Ingest&institution_id=3&page=2&per_page=3&sort=id__asc&stage=Receive`);
    });

    it('answers 400 for an unknown or malformed parameter', async () => {
      expect((await t.getJson('sysAdmin', `${ITEMS}?title=x`)).status).toBe(400);
      expect((await t.getJson('sysAdmin', `${ITEMS}?size__gteq=big`)).status).toBe(400);
    });

    it('shows a WorkItemView, and answers 404 for an unknown id', async () => {
      const { status, body } = await t.getJson('sysAdmin', `${ITEMS}/show/25`);
      expect(status).toBe(200);
      expect(body).toMatchObject({ id: 25, name: 'photos.tar', object_identifier: 'institution1.edu/photos', storage_option: 'Standard', action: 'Ingest' });
      // The guard leaves finding the item to the route for sys admins; a missing one answers as the guard would.
      const missing = await t.getJson('sysAdmin', `${ITEMS}/show/99999`);
      expect(missing).toEqual({ status: 404, body: { error: `Not found: ${ITEMS}/show/99999` } });
      const outOfRange = await t.getJson('sysAdmin', `${ITEMS}/show/99999999999`);
      expect(outOfRange).toEqual({ status: 404, body: { error: `Not found: ${ITEMS}/show/99999999999` } });
    });

    it("looks up the item's owner for members, but not for a sys admin's request by id", async () => {
      const statements = jest.spyOn(t.app.get(DataSource).logger, 'logQuery');
      const ownerLookups = () => statements.mock.calls.filter(([sql]) => sql.includes('FROM work_items WHERE id = $1::bigint')).length;
      try {
        expect((await t.getJson('sysAdmin', `${ITEMS}/show/25`)).status).toBe(200);
        expect(ownerLookups()).toBe(0);
        expect((await t.getJson('instAdmin', `/member-api/v3/items/show/25`)).status).toBe(200);
        expect(ownerLookups()).toBe(1);
      } finally {
        statements.mockRestore();
      }
    });
  });

  describe(`POST ${ITEMS}/create/:institution_id`, () => {
    it('creates an item (201) with the WorkItem keys in order, storing zero values as NULL', async () => {
      const response = await post(`${ITEMS}/create/2`, newItem({ name: 'zero_values.tar', retry: false, object_identifier: 'ignored', storage_option: 'ignored' }));
      expect(response.statusCode).toBe(201);
      const created = response.json();
      expect(Object.keys(created)).toEqual(WORK_ITEM_KEYS);
      expect(created).toMatchObject({
        name: 'zero_values.tar', institution_id: 2, intellectual_object_id: 0, generic_file_id: 0, deletion_request_id: 0, node: '', pid: 0,
        queued_at: ZERO, stage_started_at: ZERO, outcome: '', retry: false, needs_admin_review: false, size: 12345,
        bag_date: '2026-11-20T10:00:00Z', date_processed: '2026-11-20T10:00:01.5Z',
      });
      expect(created.id).toBeGreaterThan(33);
      expect(created.created_at).not.toBe(ZERO);
      expect(created.updated_at).toBe(created.created_at);

      const stored = await row(created.id);
      expect(stored).toMatchObject({
        intellectual_object_id: null, generic_file_id: null, deletion_request_id: null, node: null, queued_at: null, stage_started_at: null,
        outcome: null, aptrust_approver: null, inst_approver: null, retry: false, needs_admin_review: false,
      });
      const found = await t.getJson('sysAdmin', `${ITEMS}?name=zero_values.tar&queued_at__is_null=true&node__is_null=true&generic_file_id__is_null=true&retry=false`);
      expect(found.body.results.map((i: Json) => i.id)).toEqual([created.id]);
    });

    it('keeps a created_at the client sets', async () => {
      const created = await create({ name: 'dated.tar', created_at: '2020-01-02T03:04:05.123456+02:00' });
      expect(created.created_at).toBe('2020-01-02T01:04:05.123456Z');
    });

    it('does not require a note or an outcome', async () => {
      const created = await create({ name: 'no_note.tar', note: '', outcome: '' });
      expect(created).toMatchObject({ note: '', outcome: '' });
    });

    it('reports every validation failure with the field names, and writes nothing', async () => {
      const before = await itemCount();
      const response = await post(`${ITEMS}/create/2`, newItem({
        name: '', etag: 'short', bag_date: ZERO, bucket: '', user: 'not-an-email', date_processed: ZERO, action: 'Fixity', stage: 'Nowhere', status: 'Done',
      }));
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({
        StatusCode: 400,
        Error: [
          'Name: Name is required.',
          'ETag: ETag is required (32-40 bytes).',
          'BagDate: BagDate is required.',
          'Bucket: Bucket is required.',
          'User: User must be a valid email address.',
          'DateProcessed: DateProcessed is required.',
          'Action: Action is missing or invalid.',
          'Stage: Stage is missing or invalid.',
          'Status: Status is missing or invalid.',
        ].join('\n'),
      });
      const missingFields = await post(`${ITEMS}/create/2`, { institution_id: 2 });
      expect(missingFields.statusCode).toBe(400);
      expect(missingFields.json().Error).toMatch(/^Name: Name is required\./);
      expect(await itemCount()).toBe(before);
    });

    it('checks the etag length in bytes (32-40)', async () => {
      expect((await post(`${ITEMS}/create/2`, newItem({ etag: 'e'.repeat(31) }))).statusCode).toBe(400);
      expect((await post(`${ITEMS}/create/2`, newItem({ etag: 'e'.repeat(41) }))).statusCode).toBe(400);
      expect((await post(`${ITEMS}/create/2`, newItem({ name: 'etag40.tar', etag: 'e'.repeat(40) }))).statusCode).toBe(201);
    });

    it('refuses wrong JSON types, malformed JSON and oversize values without writing', async () => {
      const before = await itemCount();
      const wrongTypes = await post(`${ITEMS}/create/2`, newItem({ name: 7, retry: 'yes', size: '12', bag_date: 'yesterday', intellectual_object_id: -1 }));
      expect(wrongTypes.statusCode).toBe(400);
      const error = wrongTypes.json().Error as string;
      for (const field of ['name must be a string', 'retry must be a boolean', 'size must be an integer', 'bag_date must be an RFC 3339 timestamp', 'intellectual_object_id must not be less than 0']) {
        expect(error).toContain(field);
      }
      const malformed = await t.request('sysAdmin', { method: 'POST', url: `${ITEMS}/create/2`, payload: '{"name": "x.tar",', headers: json });
      expect(malformed.statusCode).toBe(400);
      expect(malformed.json().StatusCode).toBe(400);
      const oversize = await post(`${ITEMS}/create/2`, newItem({ node: 'n'.repeat(300) }));
      expect(oversize.statusCode).toBe(400);
      expect(oversize.json().Error).toMatch(/too long/);
      const longName = await post(`${ITEMS}/create/2`, newItem({ name: 'n'.repeat(1001) }));
      expect(longName.json()).toEqual({ StatusCode: 400, Error: 'Name: Name is required.' });
      expect(await itemCount()).toBe(before);
    });

    it('refuses a body whose id or institution does not match the URL', async () => {
      const before = await itemCount();
      const foreign = await post(`${ITEMS}/create/2`, newItem({ institution_id: 3 }));
      expect(foreign.statusCode).toBe(400);
      expect(foreign.json()).toEqual({ StatusCode: 400, Error: 'resource or institution id mismatch' });
      expect((await post(`${ITEMS}/create/2`, newItem({ id: 5 }))).json()).toEqual({ StatusCode: 400, Error: 'resource or institution id mismatch' });
      expect((await post(`${ITEMS}/create/abc`, newItem())).statusCode).toBe(400);
      expect(await itemCount()).toBe(before);
    });

    it('refuses a Delete item whose deletion request does not include its object', async () => {
      const response = await post(`${ITEMS}/create/2`, newItem({ action: 'Delete', stage: 'Requested', intellectual_object_id: 1, deletion_request_id: 2 }));
      expect(response.json()).toEqual({ StatusCode: 400, Error: 'DeletionRequestID: Invalid deletion request ID / object' });
      expect((await post(`${ITEMS}/create/2`, newItem({ name: 'pdfs.tar', action: 'Delete', stage: 'Requested', intellectual_object_id: 2, deletion_request_id: 2 }))).statusCode).toBe(201);
    });
  });

  describe(`PUT ${ITEMS}/update/:id`, () => {
    it('answers exactly 200 with the whole record overwritten, keeping the stored created_at', async () => {
      const created = await create({ name: 'update_me.tar', created_at: '2020-05-05T05:05:05Z' });
      const response = await put(`${ITEMS}/update/${created.id}`, {
        ...created, stage: 'Validate', status: 'Started', node: 'worker-1', pid: 4242, note: 'Item has started stage ingest02_bag_validation',
        stage_started_at: '2026-11-21T08:00:00.123456789Z', queued_at: '2026-11-21T07:59:00Z', created_at: '2001-01-01T00:00:00Z',
      });
      expect(response.statusCode).toBe(200);
      const updated = response.json();
      expect(Object.keys(updated)).toEqual(WORK_ITEM_KEYS);
      expect(updated).toMatchObject({
        id: created.id, stage: 'Validate', status: 'Started', node: 'worker-1', pid: 4242, created_at: '2020-05-05T05:05:05Z',
        stage_started_at: '2026-11-21T08:00:00.123456Z', queued_at: '2026-11-21T07:59:00Z',
      });
      expect(updated.updated_at > created.updated_at).toBe(true);
    });

    it('stores zero values as NULL again (Preserv clears node and pid with "" and 0)', async () => {
      const created = await create({ name: 'clear_me.tar', node: 'worker-2', pid: 7, queued_at: '2026-11-21T07:59:00Z' });
      const response = await put(`${ITEMS}/update/${created.id}`, { ...created, node: '', pid: 0, queued_at: ZERO });
      expect(response.statusCode).toBe(200);
      expect(await row(created.id)).toMatchObject({ node: null, pid: 0, queued_at: null });
      const found = await t.getJson('sysAdmin', `${ITEMS}?name=clear_me.tar&queued_at__is_null=true&node__is_null=true`);
      expect(found.body.count).toBe(1);
    });

    it('accepts the changes the reference never enforced: an ingest item gets its object id (NULL -> N)', async () => {
      const created = await create({ name: 'linked.tar' });
      const response = await put(`${ITEMS}/update/${created.id}`, {
        ...created, intellectual_object_id: 4, name: 'renamed.tar', stage: 'Cleanup', status: 'Success', outcome: 'Ingest complete', retry: false,
      });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ intellectual_object_id: 4, name: 'renamed.tar', status: 'Success' });
      expect((await show(created.id)).object_identifier).toBe('institution2.edu/chocolate');
    });

    it('serves Preserv\'s flow: two saves of the record as last fetched, with its stale updated_at, both succeed', async () => {
      const created = await create({ name: 'preserv_flow.tar' });
      const fetched = await show(created.id);
      const started = await put(`${ITEMS}/update/${created.id}`, { ...fetched, status: 'Started', node: 'host-a', pid: 11 });
      expect(started.statusCode).toBe(200);
      const finished = await put(`${ITEMS}/update/${created.id}`, { ...fetched, status: 'Started', stage: 'Validate', node: '', pid: 0 });
      expect(finished.statusCode).toBe(200);
      expect(finished.json()).toMatchObject({ stage: 'Validate', node: '', pid: 0 });
      expect(finished.json().updated_at > started.json().updated_at).toBe(true);
    });

    it('refuses a body for another record or institution, answers 404 for a missing one, and keeps the row on failures', async () => {
      const created = await create({ name: 'guarded.tar' });
      const before = await row(created.id);
      expect((await put(`${ITEMS}/update/${created.id}`, { ...created, id: created.id + 1 })).json()).toEqual({ StatusCode: 400, Error: 'resource or institution id mismatch' });
      expect((await put(`${ITEMS}/update/${created.id}`, { ...created, institution_id: 3 })).json()).toEqual({ StatusCode: 400, Error: 'resource or institution id mismatch' });
      const invalid = await put(`${ITEMS}/update/${created.id}`, { ...created, status: 'Finished', note: 'changed' });
      expect(invalid.json()).toEqual({ StatusCode: 400, Error: 'Status: Status is missing or invalid.' });
      expect((await put(`${ITEMS}/update/${created.id}`, { ...created, pid: 'x' })).statusCode).toBe(400);
      expect(await row(created.id)).toEqual(before);
      const missing = await put(`${ITEMS}/update/99999`, { ...created, id: 99999 });
      expect(missing.statusCode).toBe(404);
      expect(missing.json()).toEqual({ error: `Not found: ${ITEMS}/update/99999` });
      const missingAndInvalid = await put(`${ITEMS}/update/99999`, { ...created, id: 99999, status: 'Finished' });
      expect(missingAndInvalid.statusCode).toBe(404);
      expect(missingAndInvalid.json()).toEqual({ error: `Not found: ${ITEMS}/update/99999` });
    });

    it('goes on saving and showing items after a migration adds a column under its prepared statements', async () => {
      const item = await create({ name: 'migrated.tar' });
      const restore = await create({ name: 'migrated-restore.tar', action: 'Restore Object', stage: 'Requested', status: 'Pending', intellectual_object_id: 1 });
      // Every pooled connection prepares the statements first.
      for (let i = 0; i < 12; i++) {
        expect((await put(`${ITEMS}/update/${item.id}`, { ...item, note: `before ${i}` })).statusCode).toBe(200);
        expect((await put(`${ITEMS}/update/${restore.id}`, { ...restore, status: 'Success', note: `before ${i}` })).statusCode).toBe(200);
      }
      await query('ALTER TABLE work_items ADD COLUMN added_later integer');
      try {
        for (let i = 0; i < 12; i++) {
          expect((await put(`${ITEMS}/update/${item.id}`, { ...item, note: `after ${i}` })).statusCode).toBe(200);
          // A successful restore item saves in a transaction, under the row lock.
          expect((await put(`${ITEMS}/update/${restore.id}`, { ...restore, status: 'Success', note: `after ${i}` })).statusCode).toBe(200);
          expect((await show(item.id)).note).toBe(`after ${i}`);
        }
      } finally {
        await query('ALTER TABLE work_items DROP COLUMN added_later');
      }
    });

    it('applies concurrent updates of one item one after the other: no torn record, every save ordered by updated_at', async () => {
      const created = await create({ name: 'contended.tar' });
      const writers = Array.from({ length: 12 }, (_, i) => i + 1);
      const responses = await Promise.all(
        writers.map((i) => put(`${ITEMS}/update/${created.id}`, { ...created, note: `writer ${i}`, pid: i, node: `host-${i}`, status: 'Started' })),
      );
      expect(responses.map((r) => r.statusCode)).toEqual(writers.map(() => 200));
      const saved = responses.map((r) => r.json());
      const stamps = saved.map((s) => s.updated_at);
      expect(new Set(stamps).size).toBe(writers.length);
      const last = saved.reduce((a, b) => (a.updated_at > b.updated_at ? a : b));
      const stored = await show(created.id);
      expect(stored).toMatchObject({ note: last.note, pid: last.pid, node: last.node, updated_at: last.updated_at });
      expect(stored.note).toBe(`writer ${stored.pid}`);
      expect(stored.node).toBe(`host-${stored.pid}`);
    });
  });

  describe('restoration-completed alert', () => {
    const restore = (overrides: Record<string, unknown> = {}) =>
      create({ name: 'photos.tar', action: 'Restore Object', stage: 'Requested', status: 'Pending', intellectual_object_id: 1, user: 'user@inst1.edu', ...overrides });
    const note = 'Object institution1.edu/photos restored to https://s3.example.com/aptrust.restore.test.institution1.edu/photos.tar.';

    it('is sent once, to every active user of the institution, when a restore item becomes Success', async () => {
      const item = await restore();
      expect((await put(`${ITEMS}/update/${item.id}`, { ...item, status: 'Started', stage: 'Restoring' })).statusCode).toBe(200);
      expect(await alertsOfItem(item.id)).toEqual([]);
      const done = { ...item, stage: 'Resolve', status: 'Success', note, retry: false };
      expect((await put(`${ITEMS}/update/${item.id}`, done)).statusCode).toBe(200);
      expect((await put(`${ITEMS}/update/${item.id}`, { ...done, outcome: 'saved again' })).statusCode).toBe(200);

      const alerts = await alertsOfItem(item.id);
      expect(alerts).toHaveLength(1);
      expect(alerts[0]).toMatchObject({ institution_id: 2, type: 'Restoration Completed', subject: 'Restoration Completed', deletion_request_id: null });
      expect(alerts[0].content).toContain('The restoration of institution1.edu/photos that Inst One User requested is complete.');
      expect(alerts[0].content).toContain('https://s3.example.com/aptrust.restore.test.institution1.edu/photos.tar\n');
      expect(await recipientsOf(alerts[0].id)).toEqual(await activeUsers(2));
      expect(await recipientsOf(alerts[0].id)).not.toContain(4);
      // Emailed once the save commits: the test app runs no alert-email-delivery job.
      const email = await emailSentWithoutDelivery(t, (m) => m.to === 'user@inst1.edu' && m.text === alerts[0].content);
      expect(email.subject).toBe('Restoration Completed');
    });

    it('names the file for a file restoration, and fires on a create that is already Success', async () => {
      const item = await restore({
        action: 'Restore File', generic_file_id: 1, status: 'Success', stage: 'Resolve',
        note: 'File institution1.edu/photos/picture1 restored to https://s3.example.com/picture1.',
      });
      const [alert] = await alertsOfItem(item.id);
      expect(alert.content).toContain('The restoration of institution1.edu/photos/picture1 that Inst One User requested');
      expect(alert.content).toContain('https://s3.example.com/picture1\n');
    });

    it('names the requester by email when no user has it', async () => {
      const item = await restore({ user: 'former.staff@inst1.edu', stage: 'Resolve', status: 'Success', note });
      const [alert] = await alertsOfItem(item.id);
      expect(alert.content).toContain('The restoration of institution1.edu/photos that former.staff@inst1.edu requested is complete.');
    });

    it('uses the spot-test subject and text for the item an institution tracks as its last spot test', async () => {
      const item = await restore({ user: 'system@aptrust.org' });
      await query('UPDATE institutions SET last_spot_restore_work_item_id = $1 WHERE id = 2', [item.id]);
      expect((await put(`${ITEMS}/update/${item.id}`, { ...item, stage: 'Resolve', status: 'Success', note })).statusCode).toBe(200);
      const [alert] = await alertsOfItem(item.id);
      expect(alert).toMatchObject({ type: 'Restoration Completed', subject: 'Restoration Spot Test Completed' });
      expect(alert.content).toContain('which run every 30 days for your institution, we restored institution1.edu/photos.');
      expect(alert.content).toContain('in the Registry at http://localhost');
    });

    it('uses the spot-test text for the restoration that follows a Glacier spot test of the same object', async () => {
      const glacier = await restore({ action: 'Glacier Restore', user: 'system@aptrust.org' });
      await query('UPDATE institutions SET last_spot_restore_work_item_id = $1 WHERE id = 2', [glacier.id]);
      const depositors = await restore({ user: 'user@inst1.edu' });
      const followUp = await restore({ user: 'system@aptrust.org' });
      for (const item of [depositors, followUp]) {
        expect((await put(`${ITEMS}/update/${item.id}`, { ...item, stage: 'Resolve', status: 'Success', note })).statusCode).toBe(200);
      }
      const [spotTest] = await alertsOfItem(followUp.id);
      expect(spotTest).toMatchObject({ type: 'Restoration Completed', subject: 'Restoration Spot Test Completed' });
      const [ordinary] = await alertsOfItem(depositors.id);
      expect(ordinary).toMatchObject({ type: 'Restoration Completed', subject: 'Restoration Completed' });
    });

    it('is not sent without a restoration URL in the note, nor for Glacier restores', async () => {
      const noUrl = await restore();
      await put(`${ITEMS}/update/${noUrl.id}`, { ...noUrl, stage: 'Resolve', status: 'Success', note: 'Done.' });
      const glacier = await restore({ action: 'Glacier Restore' });
      await put(`${ITEMS}/update/${glacier.id}`, { ...glacier, stage: 'Resolve', status: 'Success', note });
      expect(await alertsOfItem(noUrl.id)).toEqual([]);
      expect(await alertsOfItem(glacier.id)).toEqual([]);
    });

    it('is sent once when several saves mark the item Success at the same time', async () => {
      const item = await restore();
      const done = { ...item, stage: 'Resolve', status: 'Success', note };
      const responses = await Promise.all(Array.from({ length: 8 }, (_, i) => put(`${ITEMS}/update/${item.id}`, { ...done, pid: i })));
      expect(responses.map((r) => r.statusCode)).toEqual(Array(8).fill(200));
      expect(await alertsOfItem(item.id)).toHaveLength(1);
    });
  });

  describe('deletion-completed alert', () => {
    /** An approved request of institution 2 (requested by user 3, approved by user 2) for the given objects. */
    const approvedRequest = async (objectIds: number[]): Promise<number> => {
      const [{ id }] = await query<{ id: number }>(
        `INSERT INTO deletion_requests (institution_id, requested_by_id, requested_at, encrypted_confirmation_token, confirmed_by_id, confirmed_at)
         VALUES (2, 3, now(), '$2a$10$TK8s1XnmWulSUdze8GN5uOgGmDDsnndQKF5/Rz1j0xaHT7AwXRVma', 2, now()) RETURNING id`,
      );
      for (const objectId of objectIds) {
        await query('INSERT INTO deletion_requests_intellectual_objects (deletion_request_id, intellectual_object_id) VALUES ($1, $2)', [id, objectId]);
      }
      return id;
    };
    const deleteItem = (requestId: number, objectId: number) =>
      create({ name: `object${objectId}.tar`, action: 'Delete', stage: 'Resolve', status: 'Started', intellectual_object_id: objectId, deletion_request_id: requestId, inst_approver: 'admin@inst1.edu' });
    const completionAlerts = (requestId: number) => query<Json>(`SELECT * FROM alerts WHERE deletion_request_id = $1 AND type = 'Deletion Completed'`, [requestId]);

    it('is sent once, to the active institutional admins, when the last item of the request succeeds', async () => {
      const requestId = await approvedRequest([1, 3]);
      const first = await deleteItem(requestId, 1);
      const second = await deleteItem(requestId, 3);
      await put(`${ITEMS}/update/${first.id}`, { ...first, status: 'Success' });
      expect(await completionAlerts(requestId)).toEqual([]);
      await put(`${ITEMS}/update/${second.id}`, { ...second, status: 'Success' });
      await put(`${ITEMS}/update/${second.id}`, { ...second, status: 'Success', note: 'saved again' });
      await put(`${ITEMS}/update/${first.id}`, { ...first, status: 'Success', note: 'saved again' });

      const alerts = await completionAlerts(requestId);
      expect(alerts).toHaveLength(1);
      expect(alerts[0]).toMatchObject({ institution_id: 2, subject: 'Deletion Completed' });
      expect(alerts[0].content).toContain('Deletion request');
      expect(alerts[0].content).toContain('requested by Inst One User and approved by Inst One Admin');
      expect(alerts[0].content).toContain(`http://localhost/deletions/show/${requestId}`);
      expect(await recipientsOf(alerts[0].id)).toEqual(await activeUsers(2, 'institutional_admin'));
      const linked = await query<{ work_item_id: number }>('SELECT work_item_id FROM alerts_work_items WHERE alert_id = $1 ORDER BY 1', [alerts[0].id]);
      expect(linked.map((l) => l.work_item_id)).toEqual([first.id, second.id]);
    });

    it('is sent once when the last two items succeed at the same time', async () => {
      const requestId = await approvedRequest([2, 3]);
      const items = [await deleteItem(requestId, 2), await deleteItem(requestId, 3)];
      const responses = await Promise.all(items.map((item) => put(`${ITEMS}/update/${item.id}`, { ...item, status: 'Success' })));
      expect(responses.map((r) => r.statusCode)).toEqual([200, 200]);
      expect(await completionAlerts(requestId)).toHaveLength(1);
    });

    it('names the object when the request has one', async () => {
      const requestId = await approvedRequest([3]);
      const item = await deleteItem(requestId, 3);
      await put(`${ITEMS}/update/${item.id}`, { ...item, status: 'Success' });
      const [alert] = await completionAlerts(requestId);
      expect(alert.content).toContain('institution1.edu/glass has been deleted from preservation storage.');
    });
  });

  describe(`PUT ${ITEMS}/requeue/:id`, () => {
    it('resets the item, queues its id to the stage\'s topic and answers the reference\'s message', async () => {
      const response = await requeue(29, 'stage=Receive');
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ StatusCode: 200, Message: 'Requeued WorkItem 29 to Receive' });
      expect(await row(29)).toMatchObject({
        stage: 'Receive', status: 'Pending', retry: true, needs_admin_review: false, node: null, outcome: null, pid: 0, note: 'Requeued for Receive',
      });
      expect((await row(29)).queued_at).not.toBeNull();
      expect(await nsqd.consume('ingest01_prefetch', 1)).toEqual(['29']);
    });

    it.each([
      ['Delete', 'Requested', 'delete_item'],
      ['Restore Object', 'Requested', 'restore_object'],
      ['Restore File', 'Requested', 'restore_file'],
      ['Glacier Restore', 'Requested', 'restore_glacier'],
      ['Ingest', 'Storage Validation', 'ingest07_storage_validation'],
    ])('publishes a %s item requeued to %s on %s', async (action, stage, topic) => {
      const item = await create({ name: `requeue_${topic}.tar`, action, stage: 'Resolve', status: 'Started', node: 'host', pid: 9, needs_admin_review: true });
      // Spaces as `+`, the way Go and browsers encode form values.
      const response = await requeue(item.id, `stage=${stage.replace(/ /g, '+')}`);
      expect(response.json()).toEqual({ StatusCode: 200, Message: `Requeued WorkItem ${item.id} to ${stage}` });
      expect(await nsqd.consume(topic, 1)).toEqual([String(item.id)]);
    });

    it('answers 400 for a stage the action cannot be requeued to, or no stage, and queues nothing', async () => {
      const before = await outboxCount();
      for (const form of ['stage=Requested', 'stage=Nowhere', 'stage=']) {
        const response = await requeue(28, form);
        expect(response.statusCode).toBe(400);
        expect(response.json()).toEqual({ StatusCode: 400, Error: 'item cannot be requeued to the specified stage' });
      }
      const missing = await requeue(28, 'other=1');
      expect(missing.statusCode).toBe(400);
      expect(missing.json().Error).toMatch(/stage must be a string/);
      expect((await row(28)).stage).toBe('Cleanup');
      expect(await outboxCount()).toBe(before);
    });

    it('answers 409 for a completed item, unless forced', async () => {
      const before = await outboxCount();
      const refused = await requeue(24, 'stage=Record');
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toEqual({ StatusCode: 409, Error: 'completed items cannot be requeued' });
      expect((await row(24)).status).toBe('Success');
      expect(await outboxCount()).toBe(before);

      const forced = await requeue(24, 'stage=Record&force=true');
      expect(forced.statusCode).toBe(200);
      expect(await row(24)).toMatchObject({ stage: 'Record', status: 'Pending' });
      expect(await nsqd.consume('ingest08_record', 1)).toEqual(['24']);
    });

    it('does not read multipart bodies (415)', async () => {
      const response = await t.request('sysAdmin', {
        method: 'PUT',
        url: `${ITEMS}/requeue/28`,
        payload: '--x\r\nContent-Disposition: form-data; name="stage"\r\n\r\nReceive\r\n--x--\r\n',
        headers: { 'content-type': 'multipart/form-data; boundary=x' },
      });
      expect(response.statusCode).toBe(415);
      expect((await row(28)).stage).toBe('Cleanup');
    });

    it('accepts the same fields as JSON, and answers 404 for an unknown item', async () => {
      const item = await create({ name: 'json_requeue.tar', stage: 'Validate', status: 'Started' });
      const response = await put(`${ITEMS}/requeue/${item.id}`, { stage: 'Validate' });
      expect(response.json()).toEqual({ StatusCode: 200, Message: `Requeued WorkItem ${item.id} to Validate` });
      expect(await nsqd.consume('ingest02_bag_validation', 1)).toEqual([String(item.id)]);
      expect((await requeue(99999, 'stage=Receive')).statusCode).toBe(404);
    });
  });

  describe(`DELETE ${ITEMS}/redis_delete/:id`, () => {
    let redis: Redis;
    // Ids far above the fixtures', so that the keys cannot meet anything else in the random database.
    const itemId = 900_000 + Math.floor(Math.random() * 90_000);
    const otherId = itemId + 1;

    beforeAll(async () => {
      redis = new Redis({ host: '127.0.0.1', port: 6379, db: redisDb });
      for (const id of [itemId, otherId]) {
        await query(
          `INSERT INTO work_items (id, name, etag, bucket, "user", action, stage, status, bag_date, date_processed, institution_id, retry, needs_admin_review, created_at, updated_at)
           VALUES ($1, 'redis.tar', $2, 'b', 'system@aptrust.org', 'Ingest', 'Receive', 'Failed', now(), now(), 2, false, false, now(), now())`,
          [id, ETAG],
        );
      }
    });
    afterAll(async () => {
      await redis.del(String(itemId), String(otherId));
      redis.disconnect();
    });

    it('deletes the item\'s hash from Preserv\'s Redis database and leaves other items alone', async () => {
      await redis.hset(String(itemId), 'workresult:ingest01_prefetch', '{"attempt":1}', 'object:institution1.edu/redis', '{}');
      await redis.hset(String(otherId), 'workresult:ingest01_prefetch', '{}');
      const response = await t.request('sysAdmin', { method: 'DELETE', url: `${ITEMS}/redis_delete/${itemId}`, headers: json });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ StatusCode: 200, Message: `Deleted WorkItem ${itemId} from Redis.` });
      expect(await redis.exists(String(itemId))).toBe(0);
      expect(await redis.exists(String(otherId))).toBe(1);
    });

    it('answers 200 when there is nothing to delete, and 404 for an unknown item', async () => {
      expect((await t.request('sysAdmin', { method: 'DELETE', url: `${ITEMS}/redis_delete/${itemId}` })).statusCode).toBe(200);
      expect((await t.request('sysAdmin', { method: 'DELETE', url: `${ITEMS}/redis_delete/99999` })).statusCode).toBe(404);
    });

    it.each([
      ['Redis is not configured', {}, /REDIS_URL is not set/],
      ['Redis is down', 'closed-port', /Redis is unavailable/],
    ] as const)('answers 503 when %s', async (_, env, message) => {
      const port = await closedPort();
      const other = await createTestApp({ env: env === 'closed-port' ? { REDIS_URL: `redis://127.0.0.1:${port}` } : { ...env } });
      try {
        const response = await other.request('sysAdmin', { method: 'DELETE', url: `${ITEMS}/redis_delete/1` });
        expect(response.statusCode).toBe(503);
        expect(response.json().StatusCode).toBe(503);
        expect(response.json().Error).toMatch(message);
      } finally {
        await other.close();
      }
    });
  });
});

function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
