import { pageText, signInPageTarget, useSignedInApp, WebClient } from '../../support/web-client.js';

// Whole-app tests that sign in (bcrypt) run slowly when the suites share the machine.
jest.setTimeout(60_000);

describe('web: objects', () => {
  const app = useSignedInApp();
  const { clients, query } = app;

  it('lists objects per persona, scoped to the institution, and sends anonymous visitors to sign in', async () => {
    const own = await clients.instUser.get('/objects');
    expect(own.statusCode).toBe(200);
    expect(own.body).toContain('<title>APTrust Registry - Intellectual Objects</title>');
    const text = pageText(own.body);
    expect(text).toContain('institution1.edu/photos');
    expect(text).not.toContain('institution2.edu/chocolate');
    expect(text).toContain('Showing 1 - 6 of 6');

    const all = pageText((await clients.sysAdmin.get('/objects?per_page=50')).body);
    expect(all).toContain('institution2.edu/chocolate');
    expect(all).toContain('institution1.edu/photos');

    expect((await clients.otherUser.get('/objects?institution_id=2')).statusCode).toBe(403);
    const anonymous = await new WebClient(app.t).get('/objects');
    expect(anonymous.statusCode).toBe(401);
    expect(signInPageTarget(anonymous)).toBe('/users/sign_in?requrl=%2Fobjects');
  });

  it('filters, shows chips with remove links, sorts, pages and ignores unknown parameters', async () => {
    const filtered = await clients.instUser.get('/objects?identifier__starts_with=institution1.edu/p&storage_option=Standard&bogus=1');
    expect(filtered.statusCode).toBe(200);
    const text = pageText(filtered.body);
    expect(text).toContain('institution1.edu/photos');
    expect(text).toContain('institution1.edu/pdfs');
    expect(text).not.toContain('institution1.edu/glass');
    expect(filtered.body).toMatch(/class="chip">Identifier starts with: <strong>institution1.edu\/p<\/strong>/);
    expect(filtered.body).toContain('href="/objects?storage_option=Standard&amp;bogus=1"');
    expect(filtered.body).toContain('value="institution1.edu/p"');

    const sorted = await clients.instUser.get('/objects?sort=identifier__asc&per_page=2');
    expect(sorted.body).toContain('aria-sort="ascending"');
    expect(sorted.body).toContain('href="/objects?sort=identifier__desc&amp;per_page=2"');
    expect(pageText(sorted.body)).toContain('Showing 1 - 2 of 6');
    expect(sorted.body).toContain('rel="next"');

    const more = await clients.sysAdmin.get('/objects?institution_id=3&state=D');
    expect(pageText(more.body)).toContain('Institution: Institution Two');
    expect(pageText(more.body)).toContain('State: Deleted');
    expect(more.body).toMatch(/<details open>/);

    const exact = await clients.instUser.get('/objects?identifier=institution1.edu/pdfs');
    expect(exact.statusCode).toBe(302);
    expect(exact.headers.location).toBe('/objects/show/2');
    expect((await clients.instUser.get('/objects?size__gteq=lots')).statusCode).toBe(400);
  });

  it('shows an object with its summary, format breakdown, files and events', async () => {
    const page = await clients.instUser.get('/objects/show/1');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>APTrust Registry - Intellectual Object Detail</title>');
    const text = pageText(page.body);
    expect(text).toContain('Institution One');
    expect(text).toContain('Standard');
    expect(page.body).toMatch(/id="earliest-deletion">2021-01-12</);
    expect(text).toMatch(/Format Files Size .* Total \d+/);
    expect(page.body).toContain('/files/show/');
    expect(page.body).toContain('Show Deleted Files');
    // The reference's headings and size format (TestObjectShow).
    for (const heading of ['File Summary', 'Active Files', 'Object Event History', '1.5 GB']) expect(text).toContain(heading);
    expect(page.body).toContain('aria-label="Pages of files"');
    expect(page.body).toContain('aria-label="Pages of events"');
    expect(page.body).toContain('action="/objects/init_restore/1"');
    expect(page.body).not.toContain('action="/objects/init_delete/1"');

    const [{ count }] = await query(`SELECT count(*)::int AS count FROM generic_files WHERE intellectual_object_id = 1 AND state = 'A'`);
    expect(text).toContain(`Showing 1 - ${Math.min(count, 20)} of ${count}`);

    const deletedFiles = pageText((await clients.sysAdmin.get('/objects/show/6?state=D')).body);
    expect(deletedFiles).toContain('Deleted Files');
    expect(deletedFiles).toContain('Show Active Files');

    const [file] = await query(`SELECT identifier FROM generic_files WHERE intellectual_object_id = 6 AND state = 'A' AND identifier ~ '^[a-z0-9./_]+$' ORDER BY identifier DESC LIMIT 1`);
    const search = pageText((await clients.sysAdmin.get(`/objects/show/6?file_filter=${encodeURIComponent(file.identifier)}`)).body);
    expect(search).toContain(file.identifier);
    expect(search).toContain('Showing 1 - 1 of 1');
    const [digest] = await query(`SELECT intellectual_object_id, identifier, sha256 FROM generic_files_view WHERE sha256 IS NOT NULL AND state = 'A' ORDER BY id LIMIT 1`);
    const byDigest = pageText((await clients.sysAdmin.get(`/objects/show/${digest.intellectual_object_id}?file_filter=${digest.sha256}`)).body);
    expect(byDigest).toContain(digest.identifier);
    expect(byDigest).toContain('Showing 1 - 1 of 1');

    const admin = await clients.instAdmin.get('/objects/show/1');
    expect(admin.body).toContain('action="/objects/init_delete/1"');
    expect((await clients.otherUser.get('/objects/show/1')).statusCode).toBe(403);
    expect((await clients.sysAdmin.get('/objects/show/999999')).statusCode).toBe(404);
    expect(signInPageTarget(await new WebClient(app.t).get('/objects/show/1'))).toBe('/users/sign_in?requrl=%2Fobjects%2Fshow%2F1');
  });

  it('disables restore and delete while the object has pending work', async () => {
    const page = await clients.instAdmin.get('/objects/show/3');
    expect(page.body).toMatch(/<button type="submit" disabled aria-describedby="restore-reason">Restore<\/button>/);
    expect(pageText(page.body)).toContain('Restore is unavailable: This object has work items that have not completed.');
    expect(page.body).toMatch(/class="button--danger" disabled aria-describedby="delete-reason"/);
    const refused = await clients.instAdmin.post('/objects/init_restore/3', {});
    expect(refused.statusCode).toBe(409);
    expect(pageText(refused.body)).toContain('task cannot be completed because this object has pending work items');
  });

  it('queues a restoration and answers 201 with the restoration requested page', async () => {
    const restored = await clients.instUser.post('/objects/init_restore/2', {}, { tokenPage: '/objects/show/2' });
    expect(restored.statusCode).toBe(201);
    expect(restored.body).toContain('<title>APTrust Registry - Restoration Requested</title>');
    expect(restored.body).toContain('class="site-header"');
    const [item] = await query(`SELECT id, action, stage, status, "user", queued_at IS NOT NULL AS queued FROM work_items WHERE intellectual_object_id = 2 ORDER BY id DESC LIMIT 1`);
    expect(item).toMatchObject({ action: 'Restore Object', stage: 'Requested', status: 'Pending', user: 'user@inst1.edu', queued: true });
    expect(pageText(restored.body)).toContain('Object institution1.edu/pdfs has been queued for restoration');
    expect(restored.body).toContain('Object <b>institution1.edu/pdfs</b> has been queued for restoration.');
    expect(restored.body).toContain(`href="/work_items/show/${item.id}"`);
    expect(restored.body).toContain('href="/objects/show/2"');
    const after = await clients.instUser.get('/objects/show/2');
    expect(after.body).toMatch(/disabled aria-describedby="restore-reason"/);
    // Unlike a file's, the reference's object restoration sets no flash.
    expect(after.body).not.toContain('class="flash');

    expect((await clients.otherUser.post('/objects/init_restore/2', {}, { tokenPage: '/objects' })).statusCode).toBe(403);
    expect((await clients.instUser.post('/objects/init_restore/1', {}, { csrf: false })).statusCode).toBe(401);
  });

  it('serves the restore and delete confirmations as fragments that post with the CSRF token', async () => {
    const restore = await clients.instUser.get('/objects/request_restore/1');
    expect(restore.statusCode).toBe(200);
    expect(restore.headers['content-type']).toMatch(/^text\/html/);
    expect(restore.body).not.toContain('<html');
    expect(restore.body).not.toContain('class="site-header"');
    expect(restore.body).toContain("This object will be restored to your institution's receiving bucket");
    expect(pageText(restore.body)).toContain('institution1.edu/photos');
    expect(restore.body).toMatch(/<button type="submit"[^>]*>Confirm<\/button>/);
    expect(restore.body).toContain('Cancel');
    expect(restore.body).toContain('<form method="post" action="/objects/init_restore/1"');
    expect(restore.body).toMatch(/<input type="hidden" name="csrf_token" value="[^"]+">/);
    // The token in the fragment is good for the post it leads to.
    const token = /name="csrf_token" value="([^"]+)"/.exec(restore.body)![1];
    const refused = await clients.instUser.request({ method: 'POST', url: '/objects/init_restore/3', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: `csrf_token=${encodeURIComponent(token)}` });
    expect(refused.statusCode).toBe(409);
    expect((await clients.otherUser.get('/objects/request_restore/1')).statusCode).toBe(403);
    expect((await clients.instUser.get('/objects/request_restore/999999')).statusCode).toBe(404);

    const remove = await clients.instAdmin.get('/objects/request_delete/1');
    expect(remove.statusCode).toBe(200);
    expect(remove.body).not.toContain('<html');
    expect(pageText(remove.body)).toContain('Are you sure you want to delete this object and its files?');
    expect(pageText(remove.body)).toContain('institution1.edu/photos');
    expect(remove.body).toMatch(/<button type="submit"[^>]*>Confirm<\/button>/);
    // The reference's dialog lists the object: alternate identifier, files and size (TestObjectRequestDelete, object 2).
    const pdfs = pageText((await clients.instAdmin.get('/objects/request_delete/2')).body);
    for (const text of ['Are you sure you want to delete this object and its files?', 'pdf_docs_with_lots_of_words', '3 files / 58.4 GB', 'Confirm', 'Cancel']) expect(pdfs).toContain(text);
    expect(remove.body).toContain('<form method="post" action="/objects/init_delete/1"');
    expect(remove.body).toContain('name="csrf_token"');
    expect((await clients.instUser.get('/objects/request_delete/1')).statusCode).toBe(403);
    expect((await clients.sysAdmin.get('/objects/request_delete/1')).statusCode).toBe(403);
    expect((await clients.otherUser.get('/objects/request_delete/1')).statusCode).toBe(403);

    // The detail page's buttons name these fragments for the dialog.
    expect((await clients.instAdmin.get('/objects/show/1')).body).toContain('data-modal="/objects/request_delete/1"');
  });

  it('serves the object-level events as a fragment, newest first, five to a page', async () => {
    const expected: { id: number }[] = await query(
      `SELECT id FROM premis_events WHERE intellectual_object_id = 1 AND generic_file_id IS NULL ORDER BY created_at DESC, id DESC`,
    );
    const first = await clients.instUser.get('/objects/events/1');
    expect(first.statusCode).toBe(200);
    expect(first.body).not.toContain('<html');
    const ids = (body: string) => [...body.matchAll(/href="\/events\/show\/(\d+)"/g)].map((m) => Number(m[1]));
    expect(ids(first.body)).toEqual(expected.slice(0, 5).map((e) => e.id));
    if (expected.length > 5) {
      expect(first.body).toContain('href="/objects/events/1?page=2"');
      expect(ids((await clients.instUser.get('/objects/events/1?page=2')).body)).toEqual(expected.slice(5, 10).map((e) => e.id));
    }
    expect(ids((await clients.instUser.get('/objects/events/1?per_page=2')).body)).toEqual(expected.slice(0, 2).map((e) => e.id));
    // Authorized through the object: another institution's object is refused, whatever event has that id.
    expect((await clients.otherUser.get('/objects/events/1')).statusCode).toBe(403);
    expect((await clients.instUser.get('/objects/events/999999')).statusCode).toBe(404);
    // The detail page renders the same list.
    expect(ids((await clients.instUser.get('/objects/show/1')).body).slice(0, Math.min(5, expected.length))).toEqual(expected.slice(0, 5).map((e) => e.id));
  });

  it('serves the file list as a fragment with the state and file filters', async () => {
    const active: { id: number; identifier: string }[] = await query(
      `SELECT id, identifier FROM generic_files WHERE intellectual_object_id = 6 AND state = 'A' ORDER BY identifier`,
    );
    const list = await clients.sysAdmin.get('/objects/files/6');
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain('<html');
    const ids = (body: string) => [...body.matchAll(/href="\/files\/show\/(\d+)"/g)].map((m) => Number(m[1]));
    expect(ids(list.body)).toEqual(active.slice(0, 20).map((f) => f.id));
    expect(pageText(list.body)).toContain(`of ${active.length}`);

    const deleted: { id: number }[] = await query(`SELECT id FROM generic_files WHERE intellectual_object_id = 6 AND state = 'D' ORDER BY identifier`);
    expect(ids((await clients.sysAdmin.get('/objects/files/6?state=D')).body)).toEqual(deleted.slice(0, 20).map((f) => f.id));
    const target = active.at(-1)!;
    const filtered = await clients.sysAdmin.get(`/objects/files/6?file_filter=${encodeURIComponent(target.identifier.slice(-8))}&per_page=5`);
    expect(ids(filtered.body)).toContain(target.id);
    const [digest] = await query(`SELECT id, sha256 FROM generic_files_view WHERE intellectual_object_id = 6 AND sha256 IS NOT NULL AND state = 'A' ORDER BY id LIMIT 1`);
    if (digest) expect(ids((await clients.sysAdmin.get(`/objects/files/6?file_filter=${digest.sha256}`)).body)).toEqual([digest.id]);

    expect((await clients.instUser.get('/objects/files/1')).statusCode).toBe(200);
    expect((await clients.otherUser.get('/objects/files/1')).statusCode).toBe(403);
  });

  it('lets an institutional admin request the deletion of an object, and no one else', async () => {
    expect((await clients.instUser.post('/objects/init_delete/1', {}, { tokenPage: '/objects/show/1' })).statusCode).toBe(403);
    expect((await clients.sysAdmin.post('/objects/init_delete/1', {}, { tokenPage: '/objects/show/1' })).statusCode).toBe(403);
    const requested = await clients.instAdmin.post('/objects/init_delete/1', {}, { tokenPage: '/objects/show/1' });
    expect(requested.statusCode).toBe(201);
    expect(requested.body).toContain('<title>APTrust Registry - Deletion Requested</title>');
    expect(pageText(requested.body)).toContain('Deletion of this object has been requested.');
    expect(requested.body).toContain('href="/objects/show/1"');
    const [request] = await query(
      `SELECT r.id, r.requested_by_id, r.institution_id FROM deletion_requests r JOIN deletion_requests_intellectual_objects o ON o.deletion_request_id = r.id
       WHERE o.intellectual_object_id = 1 ORDER BY r.id DESC LIMIT 1`,
    );
    expect(request).toEqual({ id: expect.any(Number), requested_by_id: 2, institution_id: 2 });
    expect(requested.body).toContain(`href="/deletions/show/${request.id}"`);
    expect((await clients.instAdmin.post('/objects/init_delete/3', {})).statusCode).toBe(409);
  });
});
