import { emailSentWithoutDelivery } from '../../support/outbox.js';
import { forgedSession } from '../../support/personas.js';
import { pageText, signInPageTarget, useSignedInApp, WebClient } from '../../support/web-client.js';

// Whole-app tests that sign in (bcrypt) run slowly when the suites share the machine.
jest.setTimeout(60_000);

describe('web: deletion requests', () => {
  const app = useSignedInApp();
  const { clients, query } = app;
  beforeAll(async () => {
    // The second-admin rule: with another active admin at the institution, the requester may not approve.
    const [second] = await query(
      `INSERT INTO users (name, email, institution_id, role, created_at, updated_at)
       VALUES ('Second Admin', 'admin2@inst1.edu', 2, 'institutional_admin', now(), now()) RETURNING id`,
    );
    clients.secondAdmin = await forgedSession(app.t, second.id);
  });

  /**
   * The review link of the request's "Deletion Requested" email, as the second admin received it: the
   * email goes out once the request commits, without the alert-email-delivery job (which the test app does not run).
   */
  async function reviewLinkOf(requestId: number): Promise<string> {
    const email = await emailSentWithoutDelivery(app.t, (m) => m.to === 'admin2@inst1.edu' && m.text.includes(`/deletions/review/${requestId}?token=`));
    expect(email.subject).toBe('Deletion Requested');
    const match = /https?:\/\/[^/\s"]+(\/deletions\/review\/\d+\?token=[^\s"<&]+)/.exec(email.text);
    expect(match).not.toBeNull();
    return match![1];
  }

  async function requestFileDeletion(fileId: number): Promise<number> {
    const requested = await clients.instAdmin.post(`/files/init_delete/${fileId}`, {}, { tokenPage: `/files/show/${fileId}` });
    expect(requested.statusCode).toBe(201);
    expect(requested.body).toContain('<title>APTrust Registry - Deletion Requested</title>');
    expect(pageText(requested.body)).toContain('Deletion of this file has been requested.');
    expect(requested.body).toContain(`href="/files/show/${fileId}"`);
    const [row] = await query(
      `SELECT r.id FROM deletion_requests r JOIN deletion_requests_generic_files f ON f.deletion_request_id = r.id WHERE f.generic_file_id = $1 ORDER BY r.id DESC LIMIT 1`,
      [fileId],
    );
    return row.id;
  }

  /** One file per bag with no pending work on it or its bag (an approved request for one file blocks its siblings). */
  async function deletableFiles(): Promise<number[]> {
    const rows: { id: number }[] = await query(
      `SELECT id FROM (SELECT DISTINCT ON (o.bag_name) f.id FROM generic_files f JOIN intellectual_objects o ON o.id = f.intellectual_object_id
       WHERE f.institution_id = 2 AND f.state = 'A' AND f.created_at < now() - interval '1 year'
       AND NOT EXISTS (SELECT 1 FROM work_items w WHERE (w.generic_file_id = f.id OR (w.institution_id = o.institution_id AND w.name = o.bag_name))
                       AND w.status NOT IN ('Success', 'Failed', 'Cancelled'))
       ORDER BY o.bag_name, f.id) candidates ORDER BY id`,
    );
    return rows.map((r) => r.id);
  }

  it('shows the Delete button on a file page to institutional admins only, and refuses others the request', async () => {
    const admin = await clients.instAdmin.get('/files/show/1');
    expect(admin.body).toContain('action="/files/init_delete/1"');
    expect(admin.body).toContain('action="/files/init_restore/1"');
    expect((await clients.instUser.get('/files/show/1')).body).not.toContain('action="/files/init_delete/1"');
    expect((await clients.sysAdmin.get('/files/show/1')).body).not.toContain('action="/files/init_delete/1"');
    expect((await clients.instUser.post('/files/init_delete/1', {}, { tokenPage: '/files/show/1' })).statusCode).toBe(403);
    expect((await clients.sysAdmin.post('/files/init_delete/1', {}, { tokenPage: '/files/show/1' })).statusCode).toBe(403);
    const refused = await clients.instAdmin.post('/files/init_delete/49', {}, { tokenPage: '/files/show/49' });
    expect(refused.statusCode).toBe(409);
  });

  it('takes a file deletion from request through the emailed review link to approval', async () => {
    const [fileId] = await deletableFiles();
    const requestId = await requestFileDeletion(fileId);
    const link = await reviewLinkOf(requestId);

    const review = await clients.secondAdmin.get(link);
    expect(review.statusCode).toBe(200);
    expect(review.body).toContain('<title>APTrust Registry - Review Deletion Request</title>');
    expect(pageText(review.body)).toContain('Do you want to approve or cancel this request?');
    expect(pageText(review.body)).toContain('Inst One Admin (admin@inst1.edu) has asked to delete this file');
    expect(review.body).toContain(`action="/deletions/approve/${requestId}"`);
    expect(review.body).toContain(`action="/deletions/cancel/${requestId}"`);
    const token = new URL(link, 'http://x').searchParams.get('token')!;
    expect(review.body).toContain(`name="token" value="${token}"`);

    // The requester is not the only admin, so someone else must approve.
    const self = await clients.instAdmin.post(`/deletions/approve/${requestId}`, { token }, { tokenPage: link });
    expect(self.statusCode).toBe(400);
    expect(pageText(self.body)).toContain('This must be approved by a second admin.');
    expect((await query(`SELECT confirmed_at FROM deletion_requests WHERE id = $1`, [requestId]))[0].confirmed_at).toBeNull();

    const approved = await clients.secondAdmin.post(`/deletions/approve/${requestId}`, { token });
    expect(approved.statusCode).toBe(200);
    expect(pageText(approved.body)).toContain('Deletion Approved');
    const items: { id: number; action: string; generic_file_id: number }[] = await query(
      `SELECT id, action, generic_file_id FROM work_items WHERE deletion_request_id = $1`,
      [requestId],
    );
    expect(items).toEqual([expect.objectContaining({ action: 'Delete', generic_file_id: fileId })]);
    expect(approved.body).toContain(`href="/work_items/show/${items[0].id}"`);

    const again = await clients.secondAdmin.post(`/deletions/approve/${requestId}`, { token });
    expect(again.statusCode).toBe(409);
    expect(pageText((await clients.secondAdmin.get(link)).body)).toContain('Already Approved');

    const show = await clients.instUser.get(`/deletions/show/${requestId}`);
    expect(show.statusCode).toBe(200);
    expect(show.body).toContain('<title>APTrust Registry - Deletion Request</title>');
    expect(pageText(show.body)).toContain('Approved');
    for (const label of ['Requested By', 'Requested At']) expect(pageText(show.body)).toContain(label);
    expect(show.body).toContain(`href="/work_items/show/${items[0].id}"`);
    expect(show.body).toContain(`href="/files/show/${fileId}"`);
  });

  it('cancels a request, and refuses a second decision', async () => {
    const [fileId] = await deletableFiles();
    const requestId = await requestFileDeletion(fileId);
    const link = await reviewLinkOf(requestId);
    const token = new URL(link, 'http://x').searchParams.get('token')!;
    await clients.secondAdmin.get(link);
    const cancelled = await clients.secondAdmin.post(`/deletions/cancel/${requestId}`, { token });
    expect(cancelled.statusCode).toBe(200);
    expect(pageText(cancelled.body)).toContain('Deletion Cancelled');
    expect(await query(`SELECT id FROM work_items WHERE deletion_request_id = $1`, [requestId])).toEqual([]);
    expect((await clients.secondAdmin.post(`/deletions/approve/${requestId}`, { token })).statusCode).toBe(409);
    expect(pageText((await clients.secondAdmin.get(link)).body)).toContain('Already Cancelled');
  });

  it('shows an error page for a wrong token, and keeps the review link to institutional admins', async () => {
    const fileId = (await deletableFiles()).at(-1)!;
    const requestId = await requestFileDeletion(fileId);
    const wrong = await clients.secondAdmin.get(`/deletions/review/${requestId}?token=not-the-token`);
    expect(wrong.statusCode).toBeGreaterThanOrEqual(400);
    expect(pageText(wrong.body)).toContain('invalid token');
    expect(wrong.body).not.toContain('action="/deletions/approve/');
    const refused = await clients.secondAdmin.post(`/deletions/approve/${requestId}`, { token: 'not-the-token' }, { tokenPage: '/dashboard' });
    expect(pageText(refused.body)).toContain('invalid token');
    expect((await query(`SELECT confirmed_at FROM deletion_requests WHERE id = $1`, [requestId]))[0].confirmed_at).toBeNull();

    const link = await reviewLinkOf(requestId);
    expect((await clients.instUser.get(link)).statusCode).toBe(403);
    expect((await clients.sysAdmin.get(link)).statusCode).toBe(403);
    expect((await clients.otherUser.get(link)).statusCode).toBe(403);
    expect(signInPageTarget(await new WebClient(app.t).get(link))).toBe(`/users/sign_in?requrl=${encodeURIComponent(link)}`);
  });

  it('lists deletion requests per persona with the status column and filters', async () => {
    // As api.md says: the index is `/deletions/`; `/deletions` answers 301 there, keeping the query.
    const bare = await clients.instUser.get('/deletions?bogus=1');
    expect(bare.statusCode).toBe(301);
    expect(bare.headers.location).toBe('/deletions/?bogus=1');
    const own = await clients.instUser.get('/deletions/?bogus=1');
    expect(own.statusCode).toBe(200);
    expect(own.body).toContain('href="/deletions/" aria-current="page"');
    expect(own.body).toContain('<title>APTrust Registry - Deletion Requests</title>');
    const text = pageText(own.body);
    expect(text).toContain('Approved');
    expect(text).toContain('Rejected');
    expect(text).toContain('Awaiting Approval');
    expect(own.body).toContain('aria-sort="descending"');

    const [{ count }] = await query(`SELECT count(*)::int AS count FROM deletion_requests WHERE institution_id = 2`);
    expect(text).toContain(`of ${count}`);
    const other = pageText((await clients.otherUser.get('/deletions/')).body);
    expect(other).not.toContain('Second Admin');

    const filtered = await clients.sysAdmin.get('/deletions/?institution_id=2&requested_at__gteq=2000-01-01&requested_at__lteq=2999-12-31');
    expect(filtered.statusCode).toBe(200);
    expect(filtered.body).toMatch(/class="chip">Institution: <strong>/);
    expect(pageText(filtered.body)).toContain(`of ${count}`);
    expect((await clients.sysAdmin.get('/deletions/?requested_at__gteq=2999-01-01')).body).toContain('No deletion requests match.');

    expect((await clients.otherUser.get('/deletions/show/1')).statusCode).toBe(403);
    expect(signInPageTarget(await new WebClient(app.t).get('/deletions'))).toBe('/users/sign_in?requrl=%2Fdeletions');
  });
});
