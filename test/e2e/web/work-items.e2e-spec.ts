import { Redis } from 'ioredis';
import { createTestApp, type TestApp } from '../../support/test-app.js';
import { pageText, signIn, signInPageTarget, useSignedInApp, WebClient } from '../../support/web-client.js';

// Whole-app tests that sign in (bcrypt) run slowly when the suites share the machine.
jest.setTimeout(60_000);

describe('web: work items', () => {
  const app = useSignedInApp();
  const { clients, query } = app;

  it('lists work items per persona with filters, chips and sorting', async () => {
    const own = await clients.instUser.get('/work_items?per_page=100');
    expect(own.statusCode).toBe(200);
    expect(own.body).toContain('<title>APTrust Registry - Work Items</title>');
    const [{ count }] = await query(`SELECT count(*)::int AS count FROM work_items WHERE institution_id = 2`);
    const text = pageText(own.body);
    expect(text).toContain(`Showing 1 - ${count} of ${count}`);
    expect(text).toContain('fake_bag_01.tar');
    expect(text).not.toContain('fake_bag_11.tar');

    const filtered = await clients.sysAdmin.get('/work_items?action=Restore+Object&status=Pending&junk=1');
    const filteredText = pageText(filtered.body);
    expect(filteredText).toContain('Showing 1 - 1 of 1');
    expect(filteredText).toContain('Action: Restore Object');
    expect(filtered.body).toContain('href="/objects/show/1"');
    expect(filtered.body).toContain('href="/files/show/49"');

    const review = await clients.sysAdmin.get('/work_items?needs_admin_review=false&sort=name__asc&per_page=2');
    expect(pageText(review.body)).toContain('Needs admin review: No');
    expect(review.body).toMatch(/<details open>/);
    expect(review.body).toContain('aria-sort="ascending"');

    expect((await clients.otherUser.get('/work_items?institution_id=2')).statusCode).toBe(403);
    expect(signInPageTarget(await new WebClient(app.t).get('/work_items'))).toBe('/users/sign_in?requrl=%2Fwork_items');
  });

  it('shows a work item with its links; sys admins also see tools and the worker status', async () => {
    const user = await clients.instUser.get('/work_items/show/32');
    expect(user.statusCode).toBe(200);
    expect(user.body).toContain('<title>APTrust Registry - Work Item Detail</title>');
    expect(user.body).toContain('href="/objects/show/1"');
    expect(user.body).toContain('href="/files/show/49"');
    expect(user.body).not.toContain('/work_items/requeue/32');
    expect(user.body).not.toContain('node-status');

    await query(`UPDATE work_items SET node = 'worker-7', pid = 99 WHERE id = 32`);
    const admin = await clients.sysAdmin.get('/work_items/show/32');
    expect(admin.body).toMatch(/id="node-status">unknown</);
    expect(admin.body).toContain('action="/work_items/requeue/32"');
    expect(admin.body).toContain('<option value="Requested" selected>Requested</option>');
    expect(admin.body).toContain('href="/work_items/edit/32"');
    const ingest = await clients.sysAdmin.get('/work_items/show/29');
    expect(ingest.body).toMatch(/<option value="Receive">Receive<\/option>.*<option value="Format Identification" selected>/s);
    expect(ingest.body).not.toContain('<option value="Store">');
    const completed = await clients.sysAdmin.get('/work_items/show/21');
    expect(completed.body).not.toContain('/work_items/requeue/21');
    expect(pageText(completed.body)).toContain('Completed items cannot be requeued.');

    expect((await clients.otherUser.get('/work_items/show/32')).statusCode).toBe(403);
    expect((await clients.sysAdmin.get('/work_items/show/99999')).statusCode).toBe(404);
    expect(signInPageTarget(await new WebClient(app.t).get('/work_items/show/32'))).toBe('/users/sign_in?requrl=%2Fwork_items%2Fshow%2F32');
  });

  it('requeues a non-completed item (sys admin) and refuses completed items and other roles', async () => {
    const requeued = await clients.sysAdmin.post('/work_items/requeue/29', { Stage: 'Validate' }, { tokenPage: '/work_items/show/29' });
    expect(requeued.statusCode).toBe(303);
    expect(requeued.headers.location).toBe('/work_items/show/29');
    const [item] = await query(`SELECT stage, status, note, retry FROM work_items WHERE id = 29`);
    expect(item).toEqual({ stage: 'Validate', status: 'Pending', note: 'Requeued for Validate', retry: true });
    expect(pageText((await clients.sysAdmin.get('/work_items/show/29')).body)).toContain('Item has been requeued to ingest02_bag_validation');
    const [outbox] = await query(`SELECT topic, body FROM queue_outbox ORDER BY id DESC LIMIT 1`);
    expect(outbox).toEqual({ topic: 'ingest02_bag_validation', body: '29' });

    expect((await clients.sysAdmin.post('/work_items/requeue/21', { Stage: 'Receive' })).statusCode).toBe(409);
    expect((await clients.sysAdmin.post('/work_items/requeue/28', { Stage: 'Bogus' })).statusCode).toBe(400);
    expect((await clients.instAdmin.post('/work_items/requeue/1', { Stage: 'Receive' }, { tokenPage: '/work_items' })).statusCode).toBe(403);
  });

  it('edits an item (sys admin), keeping typed values and showing field errors', async () => {
    const form = await clients.sysAdmin.get('/work_items/edit/28');
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('<option value="Cleanup" selected>Cleanup</option>');
    expect(form.body).toContain('(read-only)');

    const bad = await clients.sysAdmin.post('/work_items/edit/28', { Stage: 'Cleanup', Status: 'Nope', Retry: 'true', NeedsAdminReview: 'false', Note: 'typed note', Node: '', PID: 'x' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toMatch(/id="error-PID">PID must be a whole number/);
    expect(bad.body).toContain('value="typed note"');

    const invalidStatus = await clients.sysAdmin.post('/work_items/edit/28', { Stage: 'Cleanup', Status: 'Nope', Retry: 'true', NeedsAdminReview: 'false', Note: 'n', Node: '', PID: '0' });
    expect(invalidStatus.statusCode).toBe(400);
    expect(invalidStatus.body).toMatch(/id="error-Status">Status is missing or invalid/);

    const saved = await clients.sysAdmin.post('/work_items/edit/28', { Stage: 'Cleanup', Status: 'Success', Retry: 'false', NeedsAdminReview: 'true', Note: 'Fixed by hand', Node: 'worker-2', PID: '12' });
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe('/work_items/show/28');
    expect((await query(`SELECT status, retry, needs_admin_review, note, node, pid FROM work_items WHERE id = 28`))[0]).toEqual({
      status: 'Success', retry: false, needs_admin_review: true, note: 'Fixed by hand', node: 'worker-2', pid: 12,
    });
    expect((await clients.instAdmin.get('/work_items/edit/1')).statusCode).toBe(403);
  });

  it('offers the matching object for a successful ingest that lost its object link', async () => {
    await query(`UPDATE work_items SET intellectual_object_id = NULL WHERE id = 23`);
    await query(`UPDATE intellectual_objects SET etag = '6b5b18c999dc4fdc9c47a2db90782cee' WHERE id = 2`);
    expect((await clients.sysAdmin.get('/work_items/show/23')).body).toContain('Missing Object ID');
    expect((await clients.instAdmin.get('/work_items/show/23')).body).not.toContain('Missing Object ID');
    const form = await clients.sysAdmin.get('/work_items/edit/23');
    expect(form.body).toContain('<option value="2">institution1.edu/pdfs</option>');
    expect(form.body).toContain('This item is not associated with an intellectual object, but it should be.');
    const saved = await clients.sysAdmin.post('/work_items/edit/23', { Stage: 'Cleanup', Status: 'Success', Retry: 'false', NeedsAdminReview: 'false', Note: 'n', Node: '', PID: '0', IntellectualObjectID: '2' });
    expect(saved.statusCode).toBe(303);
    expect((await query(`SELECT intellectual_object_id FROM work_items WHERE id = 23`))[0].intellectual_object_id).toBe(2);
  });

  it('answers the Redis page with 503 when Redis is not configured', async () => {
    const page = await clients.sysAdmin.get('/work_items/redis/1');
    expect(page.statusCode).toBe(503);
    expect(pageText(page.body)).toContain('Redis is not configured');
    expect((await clients.sysAdmin.post('/work_items/redis_delete/1', {}, { tokenPage: '/work_items/show/1' })).statusCode).toBe(503);
    expect((await clients.instAdmin.get('/work_items/redis/1')).statusCode).toBe(403);

    const list = await clients.sysAdmin.get('/work_items/redis_list');
    expect(list.statusCode).toBe(503);
    expect(list.body).toContain('<title>APTrust Registry - Redis Data</title>');
    expect(pageText(list.body)).toContain('Redis is not configured');
    expect((await clients.instAdmin.get('/work_items/redis_list')).statusCode).toBe(403);
    expect((await clients.instUser.get('/work_items/redis_list')).statusCode).toBe(403);
  });

  it('answers the Redis list with 503 when Redis does not answer', async () => {
    const unreachable = await createTestApp({ env: { REDIS_URL: 'redis://127.0.0.1:1' } });
    try {
      const list = await (await signIn(unreachable, 'system@aptrust.org')).get('/work_items/redis_list');
      expect(list.statusCode).toBe(503);
      expect(pageText(list.body)).toContain('Redis is unavailable');
    } finally {
      await unreachable.close();
    }
  });

  describe('with Redis', () => {
    const redisDb = 1 + Math.floor(Math.random() * 15);
    let withRedis: TestApp;
    let redis: Redis;
    beforeAll(async () => {
      withRedis = await createTestApp({ env: { REDIS_URL: 'redis://127.0.0.1:6379', REDIS_DEFAULT_DB: String(redisDb) } });
      redis = new Redis({ host: '127.0.0.1', port: 6379, db: redisDb });
    });
    afterAll(async () => {
      await redis.del('1', '21', '23', '29', 'not-a-work-item');
      redis.disconnect();
      await withRedis.close();
    });

    it('shows an ingest\'s interim data to sys admins and deletes it', async () => {
      await redis.hset('21', 'object:institution2.edu/toads', '{"identifier":"institution2.edu/toads"}', 'workresult:ingest01_prefetch', '{"attempt":1}', 'unrelated', 'x');
      const admin = await signIn(withRedis, 'system@aptrust.org');
      const page = await admin.get('/work_items/redis/21');
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('<title>APTrust Registry - Redis Data</title>');
      expect(page.body).toContain('&quot;object:institution2.edu/toads&quot;: {');
      expect(page.body).toContain('&quot;workresult:ingest01_prefetch&quot;');
      expect(page.body).not.toContain('unrelated');
      expect(pageText((await admin.get('/work_items/redis/1')).body)).toContain('Redis has no data for this work item.');

      const deleted = await admin.post('/work_items/redis_delete/21', {});
      expect(deleted.statusCode).toBe(303);
      expect(deleted.headers.location).toBe('/work_items/show/21');
      expect(await redis.exists('21')).toBe(0);
      expect(pageText((await admin.get('/work_items/show/21')).body)).toContain('Redis data for this work item has been deleted.');
    });

    it('lists the work items that have data in Redis, newest processed first, with the filters, on one page', async () => {
      for (const id of ['1', '23', '29']) await redis.hset(id, 'object:x', '{}');
      await redis.hset('not-a-work-item', 'x', 'y');
      const admin = await signIn(withRedis, 'system@aptrust.org');
      const list = await admin.get('/work_items/redis_list');
      expect(list.statusCode).toBe(200);
      expect(list.body).toContain('<title>APTrust Registry - Redis Data</title>');
      const ids = (body: string) => [...body.matchAll(/href="\/work_items\/show\/(\d+)"/g)].map((m) => Number(m[1]));
      const expected: { id: number }[] = await withRedis.db.dataSource.query(
        `SELECT id FROM work_items WHERE id IN (1, 23, 29) ORDER BY date_processed DESC, id DESC`,
      );
      expect(ids(list.body)).toEqual(expected.map((r) => r.id));
      expect(pageText(list.body)).toContain('3 work items with data in Redis');
      expect(list.body).not.toContain('aria-label="Pages"');
      expect(list.body).toContain('action="/work_items/redis_list"');

      const [ingest] = await withRedis.db.dataSource.query(`SELECT action FROM work_items WHERE id = 29`);
      const filtered = await admin.get(`/work_items/redis_list?action=${encodeURIComponent(ingest.action)}&bogus=1`);
      expect(filtered.statusCode).toBe(200);
      const matching: { id: number }[] = await withRedis.db.dataSource.query(
        `SELECT id FROM work_items WHERE id IN (1, 23, 29) AND action = $1 ORDER BY date_processed DESC, id DESC`,
        [ingest.action],
      );
      expect(ids(filtered.body)).toEqual(matching.map((r) => r.id));
      expect((await (await signIn(withRedis, 'admin@inst1.edu')).get('/work_items/redis_list')).statusCode).toBe(403);
    });
  });
});
