import { createTestApp, type TestApp } from '../../support/test-app.js';

const ids = (rows: { id: number }[]) => rows.map((r) => r.id);

const DELETION_REQUEST_VIEW_KEYS = [
  'id', 'institution_id', 'institution_name', 'institution_identifier',
  'requested_by_id', 'requested_by_name', 'requested_by_email', 'requested_at',
  'confirmed_by_id', 'confirmed_by_name', 'confirmed_by_email', 'confirmed_at',
  'cancelled_by_id', 'cancelled_by_name', 'cancelled_by_email', 'cancelled_at',
  'file_count', 'object_count',
];

// Fixture requests 1 (awaiting approval, files 7–9), 2 (approved, object 2) and 3 (cancelled, object 3)
// all belong to institution 2 and were requested by user 3 at 11:10:32, :33 and :34 on 2021-05-13.
describe('member API: deletions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  describe('GET /member-api/v3/deletions', () => {
    it('requires valid API credentials of an active user', async () => {
      const { status, body } = await t.getJson('anonymous', '/member-api/v3/deletions');
      expect(status).toBe(401);
      expect(body).toEqual({ StatusCode: 401, Error: 'API credentials are missing or invalid.' });
      const wrong = await t.request('instUser', { url: '/member-api/v3/deletions', headers: { 'x-pharos-api-key': 'wrong' } });
      expect(wrong.statusCode).toBe(401);
      expect((await t.getJson('inactiveUser', '/member-api/v3/deletions')).status).toBe(401);
    });

    it("lists the caller's institution's requests, newest first", async () => {
      for (const persona of ['instUser', 'instAdmin'] as const) {
        const { status, body } = await t.getJson(persona, '/member-api/v3/deletions');
        expect(status).toBe(200);
        expect(body.count).toBe(3);
        expect(ids(body.results)).toEqual([3, 2, 1]);
        expect(body.items).toEqual(body.results);
        expect(body.next).toBe('');
        expect(body.previous).toBe('');
      }
    });

    it("shows the other institution's users nothing", async () => {
      for (const persona of ['otherInstUser', 'otherInstAdmin'] as const) {
        const { status, body } = await t.getJson(persona, '/member-api/v3/deletions');
        expect(status).toBe(200);
        expect(body).toEqual({ count: 0, next: '', previous: '', results: [], items: [] });
      }
    });

    it('lists every institution for a sys admin', async () => {
      const { body } = await t.getJson('sysAdmin', '/member-api/v3/deletions');
      expect(body.count).toBe(3);
      expect(ids(body.results)).toEqual([3, 2, 1]);
    });

    it.each([
      ['instUser', 'institution_id=2', [3, 2, 1]],
      ['sysAdmin', 'institution_id=2', [3, 2, 1]],
      ['sysAdmin', 'institution_id=3', []],
      ['instUser', 'requested_at__gteq=2021-05-13T11:10:33Z', [3, 2]],
      ['instUser', 'requested_at__lteq=2021-05-13T11:10:33Z', [2, 1]],
      ['instUser', 'requested_at__gteq=2021-05-13T11:10:33Z&requested_at__lteq=2021-05-13T11:10:33Z', [2]],
      ['instUser', 'requested_at__gteq=2021-05-13T07:10:33-04:00', [3, 2]],
      ['instUser', 'requested_at__gteq=2021-05-14', []],
      ['instUser', 'requested_at__lteq=2021-05-13', []],
    ] as const)('as %s, %s matches %j', async (persona, query, expected) => {
      const { status, body } = await t.getJson(persona, `/member-api/v3/deletions?${query}`);
      expect(status).toBe(200);
      expect(body.count).toBe(expected.length);
      expect(ids(body.results)).toEqual(expected);
    });

    it("answers 403 for another institution's institution_id filter", async () => {
      const { status, body } = await t.getJson('instUser', '/member-api/v3/deletions?institution_id=3');
      expect(status).toBe(403);
      expect(body).toEqual({ error: 'Permission denied for /member-api/v3/deletions (institution 3).' });
    });

    it('sorts by the requested fields', async () => {
      const asc = await t.getJson('instUser', '/member-api/v3/deletions?sort=requested_at__asc');
      expect(ids(asc.body.results)).toEqual([1, 2, 3]);
      const byFiles = await t.getJson('instUser', '/member-api/v3/deletions?sort=file_count__desc&sort=id__desc');
      expect(ids(byFiles.body.results)).toEqual([1, 3, 2]);
      const byConfirmer = await t.getJson('instUser', '/member-api/v3/deletions?sort=confirmed_by_id__asc');
      expect(ids(byConfirmer.body.results)).toEqual([2, 1, 3]);
    });

    it('pages with links that keep the other parameters', async () => {
      const { body } = await t.getJson('instUser', '/member-api/v3/deletions?per_page=1&page=2&institution_id=2');
      expect(body.count).toBe(3);
      expect(ids(body.results)).toEqual([2]);
      expect(body.next).toBe('/member-api/v3/deletions?institution_id=2&page=3&per_page=1');
      expect(body.previous).toBe('/member-api/v3/deletions?institution_id=2&page=1&per_page=1');
      const last = await t.getJson('instUser', '/member-api/v3/deletions?per_page=1&page=3');
      expect(ids(last.body.results)).toEqual([1]);
      expect(last.body.next).toBe('');
    });

    it('rejects stage and status (the view has neither), and other unknown or malformed parameters, with 400', async () => {
      for (const key of ['stage=Requested', 'status=Pending', 'foo=1']) {
        const { status, body } = await t.getJson('instUser', `/member-api/v3/deletions?${key}`);
        expect(status).toBe(400);
        expect(body).toEqual({ StatusCode: 400, Error: `Invalid query params: ${key.split('=')[0]}` });
      }
      for (const query of ['sort=status__asc', 'sort=stage__desc', 'requested_at=2021-05-13', 'requested_at__gteq=soon', 'institution_id=two']) {
        expect({ query, status: (await t.getJson('instUser', `/member-api/v3/deletions?${query}`)).status }).toEqual({ query, status: 400 });
      }
    });

    it('writes the wire format in DeletionRequestView key order, without a status field', async () => {
      const { body } = await t.getJson('instUser', '/member-api/v3/deletions?sort=id__asc');
      expect(Object.keys(body.results[0])).toEqual(DELETION_REQUEST_VIEW_KEYS);
      expect(body.results[0]).toEqual({
        id: 1,
        institution_id: 2,
        institution_name: 'Institution One',
        institution_identifier: 'institution1.edu',
        requested_by_id: 3,
        requested_by_name: 'Inst One User',
        requested_by_email: 'user@inst1.edu',
        requested_at: '2021-05-13T11:10:32Z',
        confirmed_by_id: 0,
        confirmed_by_name: '',
        confirmed_by_email: '',
        confirmed_at: '0001-01-01T00:00:00Z',
        cancelled_by_id: 0,
        cancelled_by_name: '',
        cancelled_by_email: '',
        cancelled_at: '0001-01-01T00:00:00Z',
        file_count: 3,
        object_count: 0,
      });
    });
  });

  describe('GET /member-api/v3/deletions/show/:id', () => {
    it('shows an approved request', async () => {
      const { status, body } = await t.getJson('instUser', '/member-api/v3/deletions/show/2');
      expect(status).toBe(200);
      expect(Object.keys(body)).toEqual(DELETION_REQUEST_VIEW_KEYS);
      expect(body).toMatchObject({
        id: 2,
        confirmed_by_id: 2,
        confirmed_by_name: 'Inst One Admin',
        confirmed_by_email: 'admin@inst1.edu',
        confirmed_at: '2021-05-13T11:10:33Z',
        cancelled_by_id: 0,
        cancelled_by_name: '',
        cancelled_by_email: '',
        cancelled_at: '0001-01-01T00:00:00Z',
        file_count: 0,
        object_count: 1,
      });
    });

    it('names the canceller of a cancelled request (the reference joined the confirmer instead)', async () => {
      const { status, body } = await t.getJson('sysAdmin', '/member-api/v3/deletions/show/3');
      expect(status).toBe(200);
      expect(body).toMatchObject({
        id: 3,
        confirmed_by_id: 0,
        confirmed_by_name: '',
        confirmed_at: '0001-01-01T00:00:00Z',
        cancelled_by_id: 2,
        cancelled_by_name: 'Inst One Admin',
        cancelled_by_email: 'admin@inst1.edu',
        cancelled_at: '2021-05-13T11:10:34Z',
        object_count: 1,
      });
    });

    it('equals the list row', async () => {
      const list = await t.getJson('instAdmin', '/member-api/v3/deletions?sort=id__asc');
      const show = await t.getJson('instAdmin', '/member-api/v3/deletions/show/1');
      expect(show.body).toEqual(list.body.results[0]);
    });

    it("answers 403 for another institution's request and 404 for a missing one", async () => {
      const foreign = await t.getJson('otherInstUser', '/member-api/v3/deletions/show/1');
      expect(foreign.status).toBe(403);
      expect(foreign.body).toEqual({ error: 'Permission denied for /member-api/v3/deletions/show/:id (institution 2).' });
      const missing = await t.getJson('instUser', '/member-api/v3/deletions/show/99999');
      expect(missing).toEqual({ status: 404, body: { error: 'Not found: /member-api/v3/deletions/show/99999' } });
      const notAnId = await t.getJson('instUser', '/member-api/v3/deletions/show/abc');
      expect(notAnId).toEqual({ status: 404, body: { error: 'Missing authorization check for /member-api/v3/deletions/show/abc' } });
    });

    it('requires credentials', async () => {
      expect((await t.getJson('anonymous', '/member-api/v3/deletions/show/1')).status).toBe(401);
      expect((await t.getJson('inactiveUser', '/member-api/v3/deletions/show/1')).status).toBe(401);
    });
  });
});
