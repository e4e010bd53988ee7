import { TestNsqd } from '../../support/nsqd.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

const ZERO = '0001-01-01T00:00:00Z';
const WORK_ITEM_KEYS = [
  'id', 'created_at', 'updated_at', 'name', 'etag', 'institution_id', 'intellectual_object_id', 'generic_file_id', 'bucket', 'user', 'note',
  'action', 'stage', 'status', 'outcome', 'bag_date', 'date_processed', 'retry', 'node', 'pid', 'needs_admin_review', 'queued_at', 'size',
  'stage_started_at', 'aptrust_approver', 'inst_approver', 'deletion_request_id',
];

describe('admin API: object restoration', () => {
  let t: TestApp;
  let nsqd: TestNsqd;
  const restore = (id: number | string, persona: 'sysAdmin' | 'instAdmin' = 'sysAdmin') =>
    t.request(persona, { method: 'POST', url: `/admin-api/v3/objects/init_restore/${id}` });
  const itemCount = async () => (await t.db.dataSource.query('SELECT count(*)::int AS n FROM work_items'))[0].n as number;
  const outboxCount = async () => (await t.db.dataSource.query('SELECT count(*)::int AS n FROM queue_outbox'))[0].n as number;

  beforeAll(async () => {
    nsqd = await TestNsqd.start();
    t = await createTestApp({ env: { NSQD_TCP_ADDRESS: nsqd.tcpAddress } });
  });
  afterAll(async () => {
    await t.close();
    await nsqd.stop();
  });

  it('creates a Restore Object item from the last successful ingest, queues it and answers 201', async () => {
    const response = await restore(1);
    expect(response.statusCode).toBe(201);
    const item = response.json();
    expect(Object.keys(item)).toEqual(WORK_ITEM_KEYS);
    const [{ size }] = await t.db.dataSource.query(`SELECT sum(size)::bigint AS size FROM generic_files WHERE intellectual_object_id = 1 AND state = 'A'`);
    expect(item).toMatchObject({
      name: 'photos.tar',
      etag: '1f594a4e5bb944e59c74aefe781a3726',
      institution_id: 2,
      intellectual_object_id: 1,
      generic_file_id: 0,
      bucket: 'aptrust.receiving.institution1.edu',
      user: 'system@aptrust.org',
      note: 'Not started',
      outcome: 'Not started',
      action: 'Restore Object',
      stage: 'Requested',
      status: 'Pending',
      retry: true,
      node: '',
      pid: 0,
      needs_admin_review: false,
      size,
      stage_started_at: ZERO,
      inst_approver: '',
      deletion_request_id: 0,
    });
    expect(item.id).toBeGreaterThan(33);
    expect(item.queued_at).not.toBe(ZERO);
    const [row] = await t.db.dataSource.query('SELECT action, status, queued_at, node, "user" FROM work_items WHERE id = $1', [item.id]);
    expect(row).toMatchObject({ action: 'Restore Object', status: 'Pending', node: null, user: 'system@aptrust.org' });
    expect(row.queued_at).not.toBeNull();
    expect(await nsqd.consume('restore_object', 1)).toEqual([String(item.id)]);
  });

  it('answers 409 while the object has pending work, and writes nothing', async () => {
    const items = await itemCount();
    const outbox = await outboxCount();
    // The item made by the previous test is still pending.
    const again = await restore(1);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toEqual({ StatusCode: 409, Error: 'task cannot be completed because this object has pending work items' });
    // Object 3 (glass.tar) has work item 32, a pending restoration.
    expect((await restore(3)).statusCode).toBe(409);
    expect(await itemCount()).toBe(items);
    expect(await outboxCount()).toBe(outbox);
  });

  it('counts a re-ingest of the same bag, which has no object id yet, as pending work', async () => {
    await t.db.dataSource.query(`UPDATE work_items SET status = 'Success' WHERE intellectual_object_id = 1 AND action = 'Restore Object'`);
    await t.db.dataSource.query(
      `INSERT INTO work_items (created_at, updated_at, name, etag, bucket, "user", action, stage, status, bag_date, date_processed, retry, needs_admin_review, institution_id)
       SELECT now(), now(), 'photos.tar', etag, bucket, "user", 'Ingest', 'Receive', 'Suspended', bag_date, now(), true, false, 2 FROM work_items WHERE id = 25`,
    );
    expect((await restore(1)).statusCode).toBe(409);
    await t.db.dataSource.query(`UPDATE work_items SET status = 'Cancelled' WHERE name = 'photos.tar' AND status = 'Suspended'`);
    expect((await restore(1)).statusCode).toBe(201);
  });

  it('refuses a deleted object with 409', async () => {
    const items = await itemCount();
    const response = await restore(14);
    expect(response.statusCode).toBe(409);
    expect(response.json()).toEqual({ StatusCode: 409, Error: 'cannot restore a deleted object' });
    expect(await itemCount()).toBe(items);
  });

  it('makes a Glacier Restore item for a Glacier-only object, synthesized when it has no ingest item', async () => {
    const [{ id }] = await t.db.dataSource.query(
      `INSERT INTO intellectual_objects (title, identifier, bag_name, institution_id, state, etag, storage_option, access, created_at, updated_at)
       VALUES ('Cold', 'institution1.edu/cold', 'cold', 2, 'A', '0123456789abcdef0123456789abcdef', 'Glacier-Deep-VA', 'institution',
               '2022-03-04 05:06:07.123456', now()) RETURNING id`,
    );
    const response = await restore(id);
    expect(response.statusCode).toBe(201);
    const item = response.json();
    expect(item).toMatchObject({
      action: 'Glacier Restore',
      name: 'cold.tar',
      bucket: 'aptrust.receiving.test.institution1.edu',
      bag_date: '2022-03-04T05:06:07.123456Z',
      etag: '0123456789abcdef0123456789abcdef',
      intellectual_object_id: id,
      size: 0,
    });
    expect(await nsqd.consume('restore_glacier', 1)).toEqual([String(item.id)]);
  });

  it('answers 400 naming the field when the item it would make is invalid, and writes nothing', async () => {
    // Object 10 has no ingest item and an etag mangled by a spreadsheet (21 bytes).
    const items = await itemCount();
    const response = await restore(10);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ StatusCode: 400, Error: 'ETag: ETag is required (32-40 bytes).' });
    expect(await itemCount()).toBe(items);
  });

  it('answers 404 for an unknown object and 403 for non-admins', async () => {
    expect((await restore(999)).statusCode).toBe(404);
    const forbidden = await restore(2, 'instAdmin');
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().error).toMatch(/non-admins must use the member api/);
  });
});
