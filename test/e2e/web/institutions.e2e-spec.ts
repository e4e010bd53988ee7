import { createTestApp, type TestApp } from '../../support/test-app.js';
import { pageText, signIn } from '../../support/web-client.js';

// Whole-app tests that sign in (bcrypt) run slowly when the suites share the machine.
jest.setTimeout(60_000);

describe('web: institutions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const query = (sql: string, params: unknown[] = []) => t.db.dataSource.query(sql, params);

  it('lists institutions for sys admins, with filters', async () => {
    const admin = await signIn(t, 'system@aptrust.org');
    const page = await admin.get('/institutions?bogus=1');
    expect(page.statusCode).toBe(200);
    expect(pageText(page.body)).toContain('Institution Two');
    const filtered = pageText((await admin.get('/institutions?name__contains=Two')).body);
    expect(filtered).toContain('Institution Two');
    expect(filtered).not.toContain('Institution One');
    expect((await (await signIn(t, 'admin@inst1.edu')).get('/institutions')).statusCode).toBe(403);
  });

  it('shows an institution to its own users with its active users, and refuses others', async () => {
    const user = await signIn(t, 'user@inst1.edu');
    const show = await user.get('/institutions/show/2');
    expect(show.statusCode).toBe(200);
    const text = pageText(show.body);
    expect(text).toContain('institution1.edu');
    expect(show.body).toContain('Inst One Admin (Admin)');
    expect(show.body).toContain('Inst One User (User)');
    expect(text).not.toContain('Inactive User');
    expect(show.body).not.toContain('/institutions/edit/2');
    expect((await user.get('/institutions/show/3')).statusCode).toBe(403);
  });

  it('creates and edits institutions (sys admin), deriving the buckets and keeping the identifier', async () => {
    const admin = await signIn(t, 'system@aptrust.org');
    const edit = await admin.get('/institutions/edit/2');
    expect(edit.body).toContain('name="Name" value="Institution One"');
    expect(edit.body).toContain('name="Identifier" value="institution1.edu"');
    expect(edit.body).toContain('aptrust.receiving.test.institution1.edu');
    const bad = await admin.post('/institutions/new', { Name: 'Tiny', Identifier: 'nodot', Type: 'SubscriptionInstitution', SpotRestoreFrequency: 'x' }, { tokenPage: '/institutions/new' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toMatch(/id="error-Name">Name must contain 5-100 characters/);
    expect(bad.body).toMatch(/id="error-Identifier">Identifier must be a domain name/);
    expect(bad.body).toMatch(/id="error-MemberInstitutionID">Please choose a parent institution/);
    expect(bad.body).toMatch(/id="error-SpotRestoreFrequency">/);
    expect(bad.body).toContain('value="nodot"');

    const created = await admin.post('/institutions/new', { Name: 'New College', Identifier: 'newcollege.edu', Type: 'MemberInstitution', OTPEnabled: 'true', SpotRestoreFrequency: '90' });
    expect(created.statusCode).toBe(303);
    const id = Number(/(\d+)$/.exec(created.headers.location as string)![1]);
    expect((await query(`SELECT state, receiving_bucket, restore_bucket, otp_enabled, spot_restore_frequency FROM institutions WHERE id = $1`, [id]))[0]).toEqual({
      state: 'A', receiving_bucket: 'aptrust.receiving.test.newcollege.edu', restore_bucket: 'aptrust.restore.test.newcollege.edu', otp_enabled: true, spot_restore_frequency: 90,
    });
    const duplicate = await admin.post('/institutions/new', { Name: 'Another College', Identifier: 'newcollege.edu', Type: 'MemberInstitution' });
    expect(duplicate.body).toMatch(/id="error-Identifier">Another institution already has this identifier/);

    const edited = await admin.post(`/institutions/edit/${id}`, { Name: 'New College Renamed', Identifier: 'changed.edu', Type: 'MemberInstitution', SpotRestoreFrequency: '30' }, { tokenPage: `/institutions/edit/${id}` });
    expect(edited.statusCode).toBe(303);
    expect((await query(`SELECT name, identifier, otp_enabled FROM institutions WHERE id = $1`, [id]))[0]).toEqual({ name: 'New College Renamed', identifier: 'newcollege.edu', otp_enabled: false });

    expect((await admin.post(`/institutions/delete/${id}`, {}, { tokenPage: `/institutions/show/${id}` })).statusCode).toBe(302);
    expect((await query(`SELECT state, deactivated_at IS NOT NULL AS gone FROM institutions WHERE id = $1`, [id]))[0]).toEqual({ state: 'D', gone: true });
    await admin.post(`/institutions/undelete/${id}`, {});
    expect((await query(`SELECT state, deactivated_at FROM institutions WHERE id = $1`, [id]))[0]).toEqual({ state: 'A', deactivated_at: null });
  });

  it("lets an institutional admin change only their institution's preferences", async () => {
    const admin = await signIn(t, 'admin@inst1.edu');
    expect((await admin.get('/institutions/edit_preferences/2')).statusCode).toBe(200);
    const saved = await admin.post('/institutions/edit_preferences/2', { OTPEnabled: 'true', SpotRestoreFrequency: '45', Name: 'Hijacked Name', Type: 'SubscriptionInstitution', Identifier: 'evil.edu' });
    expect(saved.statusCode).toBe(303);
    expect((await query(`SELECT name, identifier, type, otp_enabled, spot_restore_frequency FROM institutions WHERE id = 2`))[0]).toEqual({
      name: 'Institution One', identifier: 'institution1.edu', type: 'MemberInstitution', otp_enabled: true, spot_restore_frequency: 45,
    });
    await query(`UPDATE institutions SET otp_enabled = false WHERE id = 2`);
    expect((await admin.get('/institutions/edit_preferences/3')).statusCode).toBe(403);
    expect((await admin.get('/institutions/edit/2')).statusCode).toBe(403);
    expect((await (await signIn(t, 'user@inst1.edu')).get('/institutions/edit_preferences/2')).statusCode).toBe(403);
  });
});
