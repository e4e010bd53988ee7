import bcrypt from 'bcryptjs';
import { DeletionRequestsService } from '../../../src/contexts/deletion-requests/index.js';
import type { Actor } from '../../../src/shared/access/actor.js';
import { TestNsqd } from '../../support/nsqd.js';
import { waitFor } from '../../support/job-system.js';
import { emailSentWithoutDelivery, sentEmails } from '../../support/outbox.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

const KEY = '8f14e45f-ceea-467f-a8f8-2b2c6b7e9d10';
const URL = '/admin-api/v3/objects/init_batch_delete';
const ZERO = '0001-01-01T00:00:00Z';
const USER_KEYS = [
  'id', 'created_at', 'updated_at', 'name', 'email', 'phone_number', 'reset_password_sent_at', 'sign_in_count', 'current_sign_in_at', 'last_sign_in_at',
  'current_sign_in_ip', 'last_sign_in_ip', 'institution_id', 'password_changed_at', 'otp_required_for_login', 'deactivated_at', 'enabled_two_factor',
  'confirmed_two_factor', 'last_sign_in_with_authy', 'authy_status', 'email_verified', 'initial_password_updated', 'force_password_update',
  'grace_period', 'role', 'institution',
];

const body = (overrides: Record<string, unknown> = {}) => ({ institutionId: 2, requestorId: 2, objectIds: [2, 9], secretKey: KEY, ...overrides });

describe('admin API: batch deletion requests', () => {
  let t: TestApp;
  const post = (payload: unknown, persona: 'sysAdmin' | 'instAdmin' = 'sysAdmin', app = t) =>
    app.request(persona, { method: 'POST', url: URL, payload: payload as object, headers: { 'content-type': 'application/json' } });
  const counts = async (app = t) =>
    (await app.db.dataSource.query(
      `SELECT (SELECT count(*)::int FROM deletion_requests) AS requests, (SELECT count(*)::int FROM deletion_requests_intellectual_objects) AS objects,
              (SELECT count(*)::int FROM alerts) AS alerts, (SELECT count(*)::int FROM work_items) AS items`,
    ))[0];

  beforeAll(async () => {
    t = await createTestApp({ env: { BATCH_DELETION_KEY: KEY } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers 503 when BATCH_DELETION_KEY is not configured, whatever the body', async () => {
    const unconfigured = await createTestApp();
    try {
      const before = await counts(unconfigured);
      for (const payload of [body(), { nonsense: true }]) {
        const response = await post(payload, 'sysAdmin', unconfigured);
        expect(response.statusCode).toBe(503);
        expect(response.json()).toEqual({ StatusCode: 503, Error: 'Configuration setting for BatchDeletionKey is missing or invalid' });
      }
      expect(await counts(unconfigured)).toEqual(before);
    } finally {
      await unconfigured.close();
    }
  });

  it.each([
    ['a wrong secret key', { secretKey: '00000000-0000-4000-8000-000000000000' }, 'invalid token'],
    ['no secret key', { secretKey: undefined }, 'invalid token'],
    ['an institutional user as requestor', { requestorId: 3 }, 'invalid requestor id'],
    ['another institution\'s admin as requestor', { requestorId: 5 }, 'invalid requestor id'],
    ['an unknown requestor', { requestorId: 999 }, 'invalid requestor id'],
    ['another institution\'s object', { objectIds: [2, 4] }, 'one or more object ids is invalid'],
    ['an unknown object', { objectIds: [2, 999] }, 'one or more object ids is invalid'],
    ['a duplicated object', { objectIds: [2, 2] }, 'one or more object ids is invalid'],
    ['no objects', { objectIds: [] }, 'one or more object ids is invalid'],
    ['a wrong key and a bad requestor (the key is checked first)', { secretKey: 'x', requestorId: 3 }, 'invalid token'],
  ])('answers 400 for %s and writes nothing', async (_, overrides, message) => {
    const before = await counts();
    const response = await post(body(overrides));
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ StatusCode: 400, Error: message });
    expect(await counts()).toEqual(before);
  });

  it('refuses a deleted object', async () => {
    await t.db.dataSource.query(`UPDATE intellectual_objects SET state = 'D' WHERE id = 11`);
    const response = await post(body({ objectIds: [2, 11] }));
    expect(response.json()).toEqual({ StatusCode: 400, Error: 'one or more object ids is invalid' });
  });

  it('answers 409 when an object has pending work items', async () => {
    const before = await counts();
    // Object 1 has work item 32, a pending restoration.
    const response = await post(body({ objectIds: [2, 1] }));
    expect(response.statusCode).toBe(409);
    expect(response.json()).toEqual({ StatusCode: 409, Error: 'task cannot be completed because this object has pending work items' });
    expect(await counts()).toEqual(before);
  });

  it('answers 400 naming the fields of a body of the wrong types, and for malformed JSON', async () => {
    const wrong = await post({ institutionId: '2', requestorId: 2, objectIds: ['1'], secretKey: 5 });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toEqual({
      StatusCode: 400,
      Error: 'institutionId must be an integer id\nobjectIds must be an array of integer ids\nsecretKey must be a string',
    });
    expect((await post([1, 2])).json()).toEqual({ StatusCode: 400, Error: 'the body must be a JSON object' });
    const malformed = await t.request('sysAdmin', { method: 'POST', url: URL, payload: '{"institutionId": 2,', headers: { 'content-type': 'application/json' } });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().StatusCode).toBe(400);
  });

  it('refuses non-admins (403)', async () => {
    const response = await post(body(), 'instAdmin');
    expect(response.statusCode).toBe(403);
  });

  it('creates the request (201) with the full DeletionRequest, and alerts the admins with the token only in the email', async () => {
    const before = await counts();
    const response = await post(body());
    expect(response.statusCode).toBe(201);
    const request = response.json();
    expect(Object.keys(request)).toEqual([
      'id', 'institution_id', 'requested_at', 'confirmed_at', 'cancelled_at', 'requested_by', 'confirmed_by', 'cancelled_by', 'generic_files',
      'intellectual_objects', 'work_item',
    ]);
    expect(request).toMatchObject({
      institution_id: 2, confirmed_at: ZERO, cancelled_at: ZERO, confirmed_by: null, cancelled_by: null, generic_files: [], work_item: null,
    });
    expect(request.requested_at).not.toBe(ZERO);
    expect(Object.keys(request.requested_by)).toEqual(USER_KEYS);
    expect(request.requested_by).toMatchObject({ id: 2, email: 'admin@inst1.edu', role: 'institutional_admin', institution: null });
    expect(JSON.stringify(request)).not.toMatch(/encrypted|api_secret|otp_secret|token/);
    expect(request.intellectual_objects.map((o: { id: number }) => o.id)).toEqual([2, 9]);
    expect(request.intellectual_objects[0]).toMatchObject({ identifier: 'institution1.edu/pdfs', institution: null, generic_files: null });

    expect(await counts()).toEqual({ ...before, requests: before.requests + 1, objects: before.objects + 2, alerts: before.alerts + 1 });
    const [stored] = await t.db.dataSource.query('SELECT * FROM deletion_requests WHERE id = $1', [request.id]);
    expect(stored).toMatchObject({ institution_id: 2, requested_by_id: 2, confirmed_by_id: null });
    expect(stored.encrypted_confirmation_token).toMatch(/^\$2a\$10\$/);

    const [alert] = await t.db.dataSource.query(`SELECT * FROM alerts WHERE deletion_request_id = $1`, [request.id]);
    expect(alert).toMatchObject({ type: 'Deletion Requested', subject: 'Deletion Requested', institution_id: 2 });
    expect(alert.content).toContain(`/deletions/review/${request.id}`);
    expect(alert.content).not.toMatch(/token=|[0-9a-f]{32}/);
    expect(await t.db.dataSource.query('SELECT user_id FROM alerts_users WHERE alert_id = $1', [alert.id])).toEqual([{ user_id: 2 }]);

    // Emailed once the request commits: the test app runs no alert-email-delivery job.
    const email = await emailSentWithoutDelivery(t, (m) => m.to === 'admin@inst1.edu' && m.text.includes(`/deletions/review/${request.id}?token=`));
    expect(email.subject).toBe('Deletion Requested');
    const token = /\/deletions\/review\/\d+\?token=([0-9a-f]{32})/.exec(email.text)?.[1];
    expect(token).toBeDefined();
    expect(await bcrypt.compare(token!, stored.encrypted_confirmation_token)).toBe(true);
    // Once sent, the email body (and the token with it) is gone from the database.
    await waitFor(async () => (await t.db.dataSource.query('SELECT sent_at FROM alerts_users WHERE alert_id = $1', [alert.id]))[0].sent_at !== null, 3000, 'sent_at');
    const [{ leaks }] = await t.db.dataSource.query(
      `SELECT count(*)::int AS leaks FROM alerts a LEFT JOIN alerts_users u ON u.alert_id = a.id WHERE a.content LIKE $1 OR u.email_body LIKE $1`,
      [`%${token}%`],
    );
    expect(leaks).toBe(0);
  });
});

/**
 * The whole life of a batch deletion, as APTrust staff, an institutional admin and Preserv's deleter
 * drive it: request through the admin API, approval (the web UI's service), the Delete items on NSQ,
 * Preserv marking them started, deleting every file and then each object, and finishing the items.
 */
describe('a batch deletion from request to completion', () => {
  let t: TestApp;
  let nsqd: TestNsqd;
  const json = { 'content-type': 'application/json' };
  const approver: Actor = { userId: 2, email: 'admin@inst1.edu', name: 'Inst One Admin', role: 'institutional_admin', institutionId: 2, authMethod: 'session' };

  beforeAll(async () => {
    nsqd = await TestNsqd.start();
    t = await createTestApp({ env: { BATCH_DELETION_KEY: KEY, NSQD_TCP_ADDRESS: nsqd.tcpAddress } });
  });
  afterAll(async () => {
    await t.close();
    await nsqd.stop();
  });

  it('deletes the objects and their files and tells the admins when it is done', async () => {
    const q = (sql: string, params: unknown[] = []) => t.db.dataSource.query(sql, params);
    // A second institutional admin requests, so that the fixture admin (user 2) may approve.
    const [{ id: requestorId }] = await q(
      `INSERT INTO users (name, email, institution_id, role, created_at, updated_at) VALUES ('Second Admin', 'second@inst1.edu', 2, 'institutional_admin', now(), now()) RETURNING id`,
    );
    const objectIds = [2, 3];
    const fileIds: number[] = (await q(`SELECT id FROM generic_files WHERE intellectual_object_id = ANY($1) AND state = 'A' ORDER BY id`, [objectIds])).map((r: { id: number }) => r.id);
    expect(fileIds.length).toBeGreaterThan(3);

    // 1. APTrust asks, on the requestor's behalf.
    const created = await t.request('sysAdmin', { method: 'POST', url: URL, payload: { institutionId: 2, requestorId, objectIds, secretKey: KEY }, headers: json });
    expect(created.statusCode).toBe(201);
    const requestId: number = created.json().id;
    const email = (await sentEmails(t)).find((m) => m.to === 'admin@inst1.edu' && m.text.includes(`/deletions/review/${requestId}?token=`));
    const token = /\?token=([0-9a-f]{32})/.exec(email?.text ?? '')![1];

    // 2. The institution's other admin approves: one Delete item per object, queued to Preserv.
    const approved = await t.app.get(DeletionRequestsService).approve(approver, requestId, token);
    const itemIds = approved.workItems.map((i) => i.id);
    expect(approved.workItems.map((i) => [i.intellectual_object_id, i.generic_file_id, i.action, i.status])).toEqual([
      [2, null, 'Delete', 'Pending'],
      [3, null, 'Delete', 'Pending'],
    ]);
    expect((await nsqd.consume('delete_item', 2)).sort()).toEqual(itemIds.map(String).sort());
    const shown = await t.getJson('sysAdmin', `/admin-api/v3/deletions/show/${requestId}`);
    expect(shown.body).toMatchObject({ confirmed_by: { id: 2, email: 'admin@inst1.edu' }, requested_by: { id: requestorId } });

    // 3. Preserv's deleter claims each item.
    const items: Record<number, Record<string, unknown>> = {};
    for (const id of itemIds) {
      const { body: item } = await t.getJson('sysAdmin', `/admin-api/v3/items/show/${id}`);
      expect(item).toMatchObject({ inst_approver: 'admin@inst1.edu', user: 'second@inst1.edu', deletion_request_id: requestId });
      const started = await t.request('sysAdmin', {
        method: 'PUT', url: `/admin-api/v3/items/update/${id}`, payload: { ...item, status: 'Started', node: 'preserv-1', pid: 4242, note: 'Item has started stage delete_item' }, headers: json,
      });
      expect(started.statusCode).toBe(200);
      items[id] = started.json();
    }

    // 4. It deletes every file, then each object.
    for (const id of fileIds) {
      const deleted = await t.request('sysAdmin', { method: 'DELETE', url: `/admin-api/v3/files/delete/${id}` });
      expect(deleted.statusCode).toBe(200);
    }
    for (const id of objectIds) {
      const deleted = await t.request('sysAdmin', { method: 'DELETE', url: `/admin-api/v3/objects/delete/${id}` });
      expect(deleted.statusCode).toBe(200);
      expect(deleted.json()).toMatchObject({ id, state: 'D', institution: { id: 2 } });
    }

    // 5. It finishes the items; the last one completes the request.
    const completions = () => q(`SELECT * FROM alerts WHERE deletion_request_id = $1 AND type = 'Deletion Completed'`, [requestId]);
    for (const [i, id] of itemIds.entries()) {
      const done = await t.request('sysAdmin', {
        method: 'PUT',
        url: `/admin-api/v3/items/update/${id}`,
        payload: { ...items[id], stage: 'Resolve', status: 'Success', retry: false, node: '', pid: 0, note: 'Deletion completed at the request of second@inst1.edu, approved by admin@inst1.edu.' },
        headers: json,
      });
      expect(done.statusCode).toBe(200);
      expect(await completions()).toHaveLength(i === itemIds.length - 1 ? 1 : 0);
    }

    const [alert] = await completions();
    expect(await q('SELECT user_id FROM alerts_users WHERE alert_id = $1 ORDER BY user_id', [alert.id])).toEqual([{ user_id: 2 }, { user_id: requestorId }]);
    expect(await q(`SELECT id, state FROM intellectual_objects WHERE id = ANY($1) ORDER BY id`, [objectIds])).toEqual([{ id: 2, state: 'D' }, { id: 3, state: 'D' }]);
    expect(await q(`SELECT count(*)::int AS n FROM generic_files WHERE id = ANY($1) AND state = 'A'`, [fileIds])).toEqual([{ n: 0 }]);
    expect(await q(`SELECT count(*)::int AS n FROM storage_records WHERE generic_file_id = ANY($1)`, [fileIds])).toEqual([{ n: 0 }]);
    const [{ n: events }] = await q(
      `SELECT count(*)::int AS n FROM premis_events WHERE event_type = 'deletion' AND (generic_file_id = ANY($1) OR (generic_file_id IS NULL AND intellectual_object_id = ANY($2)))`,
      [fileIds, objectIds],
    );
    expect(events).toBe(fileIds.length + objectIds.length);
    const types = (await q('SELECT type FROM alerts WHERE deletion_request_id = $1 ORDER BY id', [requestId])).map((a: { type: string }) => a.type);
    expect(types).toEqual(['Deletion Requested', 'Deletion Confirmed', 'Deletion Completed']);
  });
});

