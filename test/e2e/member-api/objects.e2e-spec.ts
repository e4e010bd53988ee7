import { createTestApp, type TestApp } from '../../support/test-app.js';

describe('member API: objects', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  describe('GET /member-api/v3/objects', () => {
    it('requires API credentials', async () => {
      const { status, body } = await t.getJson('anonymous', '/member-api/v3/objects');
      expect(status).toBe(401);
      expect(body).toEqual({ StatusCode: 401, Error: 'API credentials are missing or invalid.' });
    });

    it('refuses a wrong key and a deactivated user', async () => {
      const wrong = await t.request('instUser', { url: '/member-api/v3/objects', headers: { 'x-pharos-api-key': 'wrong' } });
      expect(wrong.statusCode).toBe(401);
      expect((await t.getJson('inactiveUser', '/member-api/v3/objects')).status).toBe(401);
    });

    it("lists only the caller's institution's objects, newest update first", async () => {
      const { status, body } = await t.getJson('instUser', '/member-api/v3/objects');
      expect(status).toBe(200);
      expect(body.count).toBe(6);
      expect(body.results).toHaveLength(6);
      expect(body.items).toEqual(body.results);
      expect(new Set(body.results.map((o: { institution_id: number }) => o.institution_id))).toEqual(new Set([2]));
      const updated = body.results.map((o: { updated_at: string }) => o.updated_at);
      expect(updated).toEqual([...updated].sort().reverse());
      expect(body.next).toBe('');
      expect(body.previous).toBe('');
    });

    it('lists every institution for a sys admin', async () => {
      const { body } = await t.getJson('sysAdmin', '/member-api/v3/objects?per_page=100');
      expect(body.count).toBe(14);
    });

    it("answers 403 for another institution's institution_id filter", async () => {
      const { status, body } = await t.getJson('instUser', '/member-api/v3/objects?institution_id=3');
      expect(status).toBe(403);
      expect(body).toEqual({ error: 'Permission denied for /member-api/v3/objects (institution 3).' });
    });

    it('writes the wire format: numbers, zero values and RFC 3339 timestamps', async () => {
      const { body } = await t.getJson('instUser', '/member-api/v3/objects?identifier=institution1.edu/photos');
      expect(body.count).toBe(1);
      const photos = body.results[0];
      expect(Object.keys(photos)).toEqual([
        'id', 'title', 'description', 'identifier', 'alt_identifier', 'access', 'bag_name', 'institution_id', 'created_at', 'updated_at',
        'state', 'etag', 'bag_group_identifier', 'storage_option', 'bagit_profile_identifier', 'source_organization',
        'internal_sender_identifier', 'internal_sender_description', 'institution_name', 'institution_identifier', 'institution_type',
        'institution_parent_id', 'file_count', 'size', 'payload_file_count', 'payload_size',
      ]);
      expect(photos).toMatchObject({ id: 1, institution_id: 2, created_at: '2021-01-12T17:14:35Z', institution_parent_id: 0, file_count: 3, size: 1_657_065_000, payload_size: 0 });
    });

    it('pages with links that keep the other parameters', async () => {
      const { body } = await t.getJson('instUser', '/member-api/v3/objects?per_page=2&page=2&state=A');
      expect(body.count).toBe(6);
      expect(body.results).toHaveLength(2);
      expect(body.next).toBe('/member-api/v3/objects?page=3&per_page=2&state=A');
      expect(body.previous).toBe('/member-api/v3/objects?page=1&per_page=2&state=A');
    });

    it('rejects unknown and malformed parameters with 400 naming them', async () => {
      const unknown = await t.getJson('instUser', '/member-api/v3/objects?title=x&foo=1');
      expect(unknown.status).toBe(400);
      expect(unknown.body.StatusCode).toBe(400);
      expect(unknown.body.Error).toContain('Invalid query params: ');
      expect(unknown.body.Error).toMatch(/foo/);
      expect((await t.getJson('instUser', '/member-api/v3/objects?size__gteq=big')).status).toBe(400);
      expect((await t.getJson('instUser', '/member-api/v3/objects?sort=nope__asc')).status).toBe(400);
    });
  });

  describe('GET /member-api/v3/objects/show/:id', () => {
    it('shows an object by id and by percent-encoded identifier', async () => {
      const byId = await t.getJson('instUser', '/member-api/v3/objects/show/1');
      expect(byId.status).toBe(200);
      expect(byId.body.identifier).toBe('institution1.edu/photos');
      const byIdentifier = await t.getJson('instUser', '/member-api/v3/objects/show/institution1.edu%2Fphotos');
      expect(byIdentifier.body).toEqual(byId.body);
      const unencoded = await t.getJson('instUser', '/member-api/v3/objects/show/institution1.edu/photos');
      expect(unencoded.body).toEqual(byId.body);
    });

    it("answers 403 for another institution's object and 404 for a missing one", async () => {
      const foreign = await t.getJson('instUser', '/member-api/v3/objects/show/4');
      expect(foreign.status).toBe(403);
      expect(foreign.body).toEqual({ error: 'Permission denied for /member-api/v3/objects/show/*id (institution 3).' });
      const missing = await t.getJson('instUser', '/member-api/v3/objects/show/99999');
      expect(missing).toEqual({ status: 404, body: { error: 'Not found: /member-api/v3/objects/show/99999' } });
      expect((await t.getJson('instUser', '/member-api/v3/objects/show/nobody.edu%2Fnothing')).status).toBe(404);
    });
  });

  it('answers unknown member routes like the reference', async () => {
    expect((await t.getJson('anonymous', '/member-api/v3/nothing')).status).toBe(401);
    const known = await t.getJson('instUser', '/member-api/v3/nothing');
    expect(known).toEqual({ status: 404, body: { error: 'Missing authorization check for /member-api/v3/nothing' } });
  });
});
