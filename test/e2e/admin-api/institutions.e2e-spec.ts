import { createTestApp, type TestApp } from '../../support/test-app.js';

describe('admin API: institutions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('lists every institution by name, with both buckets set', async () => {
    const { status, body } = await t.getJson('sysAdmin', '/admin-api/v3/institutions?sort=name&per_page=100');
    expect(status).toBe(200);
    expect(body.count).toBe(5);
    expect(body.results.map((i: { name: string }) => i.name)).toEqual(['APTrust', 'Example Institution (for integration tests)', 'Institution One', 'Institution Two', 'Test Institution (for integration tests)']);
    for (const institution of body.results) {
      expect(institution.receiving_bucket).not.toBe('');
      expect(institution.restore_bucket).not.toBe('');
    }
  });

  it('filters by name__contains and type', async () => {
    expect((await t.getJson('sysAdmin', '/admin-api/v3/institutions?name__contains=Institution')).body.count).toBe(4);
    expect((await t.getJson('sysAdmin', '/admin-api/v3/institutions?type=MemberInstitution')).body.count).toBe(4);
    expect((await t.getJson('sysAdmin', '/admin-api/v3/institutions?type=SubscriptionInstitution')).body.count).toBe(0);
    expect((await t.getJson('sysAdmin', '/admin-api/v3/institutions?identifier=x')).status).toBe(400);
  });

  it('shows an institution by id or domain identifier, with the reference keys', async () => {
    const byId = await t.getJson('sysAdmin', '/admin-api/v3/institutions/show/2');
    expect(byId.status).toBe(200);
    expect(Object.keys(byId.body)).toEqual([
      'id', 'name', 'identifier', 'state', 'type', 'deactivated_at', 'otp_enabled', 'spot_restore_frequency', 'last_spot_restore_work_item_id',
      'receiving_bucket', 'restore_bucket', 'created_at', 'updated_at', 'parent_id', 'parent_name', 'parent_identifier', 'parent_state',
      'parent_deactivated_at',
    ]);
    expect(byId.body).toMatchObject({ identifier: 'institution1.edu', spot_restore_frequency: 30, parent_id: 0, deactivated_at: '0001-01-01T00:00:00Z', otp_enabled: false });
    expect((await t.getJson('sysAdmin', '/admin-api/v3/institutions/show/institution1.edu')).body).toEqual(byId.body);
  });

  it('answers 404 for unknown ids and identifiers', async () => {
    expect(await t.getJson('sysAdmin', '/admin-api/v3/institutions/show/999')).toEqual({ status: 404, body: { StatusCode: 404, Error: 'pg: no rows in result set' } });
    expect((await t.getJson('sysAdmin', '/admin-api/v3/institutions/show/nowhere.edu')).status).toBe(404);
  });

  it('is for sys admins only', async () => {
    expect((await t.getJson('instAdmin', '/admin-api/v3/institutions')).status).toBe(403);
  });
});
