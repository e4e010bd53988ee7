import { pageText, signInPageTarget, useSignedInApp, WebClient } from '../../support/web-client.js';

// Whole-app tests that sign in (bcrypt) run slowly when the suites share the machine.
jest.setTimeout(60_000);

describe('web: files', () => {
  const app = useSignedInApp();
  const { clients, query } = app;

  it('lists files per persona with filters, chips and sorting', async () => {
    const own = await clients.instUser.get('/files?per_page=100');
    expect(own.statusCode).toBe(200);
    expect(own.body).toContain('<title>APTrust Registry - Generic Files</title>');
    const text = pageText(own.body);
    expect(text).toContain('institution1.edu/photos/picture1');
    expect(text).not.toContain('institution2.edu/chocolate/picture1');
    expect(text).toContain('Showing 1 - 18 of 18');
    // The reference's filter markup (TestGenericFileIndex).
    for (const markup of ['type="text" id="identifier" name="identifier"', 'select name="state"', 'select name="storage_option"']) expect(own.body).toContain(markup);

    const deleted = await clients.instAdmin.get('/files?state=D&bogus=x');
    expect(deleted.statusCode).toBe(200);
    expect(pageText(deleted.body)).toContain('institution1.edu/glass/shard4_deleted');
    expect(pageText(deleted.body)).toContain('Showing 1 - 1 of 1');
    expect(deleted.body).toMatch(/class="chip">State: <strong>Deleted<\/strong>/);

    const sorted = await clients.sysAdmin.get('/files?sort=size__desc&per_page=1');
    expect(pageText(sorted.body)).toContain('institution2.edu/coal/doc1');
    expect(sorted.body).toContain('aria-sort="descending"');
    const byInstitution = await clients.sysAdmin.get('/files?institution_id=4&more=1');
    expect(pageText(byInstitution.body)).toContain('Institution: Test Institution');

    expect((await clients.otherUser.get('/files?institution_id=2')).statusCode).toBe(403);
    expect(signInPageTarget(await new WebClient(app.t).get('/files'))).toBe('/users/sign_in?requrl=%2Ffiles');
  });

  it('shows a file with its checksum history, storage records and events', async () => {
    const page = await clients.instUser.get('/files/show/1');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>APTrust Registry - Generic File Detail</title>');
    const text = pageText(page.body);
    expect(text).toContain('institution1.edu/photos/picture1');
    expect(text).toContain('institution1.edu/photos');
    expect(text).toContain('12345678');
    expect(text).toContain('https://localhost:9899/preservation-va/');
    expect(text).toContain('https://localhost:9899/preservation-or/');
    expect(page.body).toContain('action="/files/init_restore/1"');
    const [{ events }] = await query(`SELECT count(*)::int AS events FROM premis_events WHERE generic_file_id = 1`);
    if (events > 0) expect(page.body).toContain('/events/show/');

    expect((await clients.instUser.get('/files/show/11')).statusCode).toBe(403);
    expect((await clients.sysAdmin.get('/files/show/11')).statusCode).toBe(200);
    expect((await clients.sysAdmin.get('/files/show/99999')).statusCode).toBe(404);
    expect(signInPageTarget(await new WebClient(app.t).get('/files/show/1'))).toBe('/users/sign_in?requrl=%2Ffiles%2Fshow%2F1');

    const deleted = await clients.instUser.get('/files/show/10');
    expect(deleted.body).not.toContain('action="/files/init_restore/10"');
  });

  it('disables restore while the file or its object has pending work, and refuses it with 409', async () => {
    const page = await clients.instUser.get('/files/show/49');
    expect(page.body).toMatch(/disabled aria-describedby="restore-reason">Restore<\/button>/);
    const refused = await clients.instUser.post('/files/init_restore/49', {});
    expect(refused.statusCode).toBe(409);
    expect(pageText(refused.body)).toContain('pending work items');
  });

  it('queues a file restoration and answers 201 with the restoration requested page', async () => {
    const restored = await clients.instUser.post('/files/init_restore/4', {}, { tokenPage: '/files/show/4' });
    expect(restored.statusCode).toBe(201);
    expect(restored.body).toContain('<title>APTrust Registry - Restoration Requested</title>');
    const [item] = await query(`SELECT id, action, generic_file_id, intellectual_object_id, status, "user" FROM work_items WHERE generic_file_id = 4 ORDER BY id DESC LIMIT 1`);
    expect(item).toMatchObject({ action: 'Restore File', generic_file_id: 4, intellectual_object_id: 2, status: 'Pending', user: 'user@inst1.edu' });
    expect(pageText(restored.body)).toContain('File institution1.edu/pdfs/doc1 has been queued for restoration.');
    expect(restored.body).toContain(`href="/work_items/show/${item.id}"`);
    expect(restored.body).toContain('href="/files/show/4"');
    // The reference's flash, set for the next page as its flash cookie is.
    const queuedFlash = '<div class="flash flash--success" role="status">File institution1.edu/pdfs/doc1 has been queued for restoration.</div>';
    expect(restored.body).not.toContain(queuedFlash);
    const after = await clients.instUser.get('/files/show/4');
    expect(after.body).toContain(queuedFlash);
    expect(after.body).toMatch(/disabled aria-describedby="restore-reason"/);
    expect((await clients.instUser.get('/files/show/4')).body).not.toContain(queuedFlash);
    // The object's page now shows its pending work too.
    expect((await clients.instUser.get('/objects/show/2')).body).toMatch(/disabled aria-describedby="restore-reason"/);

    expect((await clients.otherUser.post('/files/init_restore/1', {}, { tokenPage: '/files' })).statusCode).toBe(403);
  });

  it('serves the restore and delete confirmations as fragments that post with the CSRF token', async () => {
    const restore = await clients.instUser.get('/files/request_restore/1');
    expect(restore.statusCode).toBe(200);
    expect(restore.body).not.toContain('<html');
    expect(pageText(restore.body)).toContain('This file will be restored');
    expect(pageText(restore.body)).toContain('institution1.edu/photos/picture1');
    expect(restore.body).toMatch(/<button type="submit"[^>]*>Confirm<\/button>/);
    expect(restore.body).toContain('<form method="post" action="/files/init_restore/1"');
    expect(restore.body).toMatch(/<input type="hidden" name="csrf_token" value="[^"]+">/);
    expect((await clients.otherUser.get('/files/request_restore/1')).statusCode).toBe(403);
    expect((await clients.sysAdmin.get('/files/request_restore/1')).statusCode).toBe(200);

    const remove = await clients.instAdmin.get('/files/request_delete/1');
    expect(remove.statusCode).toBe(200);
    expect(remove.body).not.toContain('<html');
    expect(pageText(remove.body)).toContain('Are you sure you want to delete this file?');
    expect(pageText(remove.body)).toContain('institution1.edu/photos/picture1');
    expect(remove.body).toMatch(/<button type="submit"[^>]*>Confirm<\/button>/);
    expect(remove.body).toContain('<form method="post" action="/files/init_delete/1"');
    expect(remove.body).toContain('name="csrf_token"');
    for (const client of [clients.instUser, clients.sysAdmin, clients.otherUser]) expect((await client.get('/files/request_delete/1')).statusCode).toBe(403);
    expect((await clients.instAdmin.get('/files/request_delete/999999')).statusCode).toBe(404);

    const page = await clients.instAdmin.get('/files/show/1');
    expect(page.body).toContain('data-modal="/files/request_restore/1"');
    expect(page.body).toContain('data-modal="/files/request_delete/1"');
  });
});
