import { createTestApp, type Persona, type TestApp } from '../../support/test-app.js';

type ChecksumView = { id: number; institution_id: number; datetime: string };

describe('member API: checksums', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  /** The ids of every matching checksum, in the order returned (one page of up to 100). */
  async function ids(persona: Persona, query: string): Promise<number[]> {
    const { status, body } = await t.getJson(persona, `/member-api/v3/checksums?per_page=100${query ? `&${query}` : ''}`);
    expect(status).toBe(200);
    expect(body.results).toHaveLength(body.count);
    return body.results.map((c: ChecksumView) => c.id);
  }

  const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const newestFirst = (from: number, to: number) => range(from, to).reverse();

  describe('GET /member-api/v3/checksums', () => {
    it('requires API credentials', async () => {
      const { status, body } = await t.getJson('anonymous', '/member-api/v3/checksums');
      expect(status).toBe(401);
      expect(body).toEqual({ StatusCode: 401, Error: 'API credentials are missing or invalid.' });
    });

    it('refuses a wrong key and a deactivated user', async () => {
      const wrong = await t.request('instAdmin', { url: '/member-api/v3/checksums', headers: { 'x-pharos-api-key': 'wrong' } });
      expect(wrong.statusCode).toBe(401);
      expect((await t.getJson('inactiveUser', '/member-api/v3/checksums')).status).toBe(401);
    });

    it("shows each institution only the checksums of its own files, newest datetime first", async () => {
      // Institution 2 owns files 1 (checksums 1, 2) and 49 (31, 32); institution 3's files have none.
      expect(await ids('instUser', '')).toEqual([32, 31, 2, 1]);
      expect(await ids('instAdmin', '')).toEqual([32, 31, 2, 1]);
      expect(await ids('otherInstUser', '')).toEqual([]);
      expect(await ids('otherInstAdmin', '')).toEqual([]);
    });

    it('shows a sys admin every checksum', async () => {
      expect(await ids('sysAdmin', '')).toEqual(newestFirst(1, 32));
    });

    it('sorts by datetime descending by default, 20 to a page, with links', async () => {
      const { body } = await t.getJson('sysAdmin', '/member-api/v3/checksums');
      expect(body.count).toBe(32);
      expect(body.results.map((c: ChecksumView) => c.id)).toEqual(newestFirst(13, 32));
      expect(body.items).toEqual(body.results);
      const datetimes = body.results.map((c: ChecksumView) => c.datetime);
      expect(datetimes).toEqual([...datetimes].sort().reverse());
      expect(body.next).toBe('/member-api/v3/checksums?page=2&per_page=20');
      expect(body.previous).toBe('');
    });

    it("answers 403 for another institution's institution_id filter", async () => {
      const { status, body } = await t.getJson('instUser', '/member-api/v3/checksums?institution_id=3');
      expect(status).toBe(403);
      expect(body).toEqual({ error: 'Permission denied for /member-api/v3/checksums (institution 3).' });
      expect((await t.getJson('otherInstUser', '/member-api/v3/checksums?institution_id=4')).status).toBe(403);
    });

    describe('filters (exact matches against the fixtures)', () => {
      it('algorithm', async () => {
        expect(await ids('instUser', 'algorithm=md5')).toEqual([1]);
        expect(await ids('instUser', 'algorithm=sha512')).toEqual([32]);
        expect(await ids('sysAdmin', 'algorithm=md5')).toEqual([27, 23, 19, 15, 11, 7, 3, 1]);
        expect(await ids('sysAdmin', 'algorithm=sha1')).toHaveLength(7);
        expect(await ids('sysAdmin', 'algorithm=sha256')).toHaveLength(9);
        expect(await ids('sysAdmin', 'algorithm=sha512')).toHaveLength(8);
      });

      it('datetime__gteq and datetime__lteq', async () => {
        expect(await ids('sysAdmin', 'datetime__gteq=2020-08-26T15:27:00Z')).toEqual([32, 31, 30]);
        expect(await ids('instUser', 'datetime__gteq=2020-08-01')).toEqual([32, 31]);
        expect(await ids('sysAdmin', 'datetime__lteq=2020-03-04T20:07:42Z')).toEqual([1]);
        expect(await ids('sysAdmin', 'datetime__gteq=2020-08-26T15:26:33Z&datetime__lteq=2020-08-26T15:26:36Z')).toEqual([6, 5, 4, 3]);
      });

      it('digest', async () => {
        expect(await ids('sysAdmin', 'digest=2e16d9e3f03d0a8f8ade375d4bca57ad')).toEqual([15, 7]);
        expect(await ids('instUser', 'digest=2e16d9e3f03d0a8f8ade375d4bca57ad')).toEqual([]);
        expect(await ids('instUser', 'digest=12345678')).toEqual([1]);
      });

      it('generic_file_id', async () => {
        expect(await ids('instUser', 'generic_file_id=1')).toEqual([2, 1]);
        expect(await ids('sysAdmin', 'generic_file_id=21')).toEqual([6, 5, 4, 3]);
        expect(await ids('instUser', 'generic_file_id=21')).toEqual([]);
        expect(await ids('sysAdmin', 'generic_file_id=2')).toEqual([]);
      });

      it('generic_file_identifier', async () => {
        expect(await ids('instUser', 'generic_file_identifier=institution1.edu/photos/picture1')).toEqual([2, 1]);
        expect(await ids('sysAdmin', 'generic_file_identifier=test.edu/apt-test-restore/bag-info.txt')).toEqual([22, 21, 20, 19]);
        expect(await ids('otherInstUser', 'generic_file_identifier=institution1.edu/photos/picture1')).toEqual([]);
      });

      it('institution_id', async () => {
        expect(await ids('instUser', 'institution_id=2')).toEqual([32, 31, 2, 1]);
        expect(await ids('sysAdmin', 'institution_id=4')).toEqual(newestFirst(3, 30));
        expect(await ids('sysAdmin', 'institution_id=3')).toEqual([]);
      });

      it('intellectual_object_id', async () => {
        expect(await ids('instUser', 'intellectual_object_id=3')).toEqual([32, 31]);
        expect(await ids('sysAdmin', 'intellectual_object_id=7')).toEqual(newestFirst(3, 14));
        expect(await ids('otherInstUser', 'intellectual_object_id=3')).toEqual([]);
      });

      it('state (of the file)', async () => {
        expect(await ids('instUser', 'state=A')).toEqual([32, 31, 2, 1]);
        expect(await ids('sysAdmin', 'state=A')).toHaveLength(32);
        expect(await ids('sysAdmin', 'state=D')).toEqual([]);
      });

      it('combines filters with AND', async () => {
        expect(await ids('sysAdmin', 'institution_id=4&algorithm=sha256&intellectual_object_id=8')).toEqual([29, 25, 21, 17]);
      });
    });

    it('sorts by any field of the result, in the order the sort keys are given', async () => {
      expect(await ids('instUser', 'sort=created_at__asc')).toEqual([31, 32, 1, 2]);
      expect(await ids('instUser', 'sort=digest__desc')).toEqual([32, 2, 31, 1]);
      expect(await ids('instUser', 'sort=algorithm&sort=id__desc')).toEqual([1, 31, 2, 32]);
      expect(await ids('instUser', 'sort=id')).toEqual([1, 2, 31, 32]);
      expect(await ids('sysAdmin', 'sort=generic_file_id__desc&sort=datetime__asc&institution_id=4&algorithm=md5')).toEqual([27, 23, 19, 15, 11, 7, 3]);
    });

    it('pages with links that keep the other parameters', async () => {
      const { body } = await t.getJson('sysAdmin', '/member-api/v3/checksums?per_page=10&page=2&state=A');
      expect(body.count).toBe(32);
      expect(body.results.map((c: ChecksumView) => c.id)).toEqual(newestFirst(13, 22));
      expect(body.next).toBe('/member-api/v3/checksums?page=3&per_page=10&state=A');
      expect(body.previous).toBe('/member-api/v3/checksums?page=1&per_page=10&state=A');
      const last = await t.getJson('sysAdmin', '/member-api/v3/checksums?per_page=10&page=4&state=A');
      expect(last.body.results.map((c: ChecksumView) => c.id)).toEqual([2, 1]);
      expect(last.body.next).toBe('');
    });

    it('writes the ChecksumView wire format in key order', async () => {
      const { body } = await t.getJson('instUser', '/member-api/v3/checksums?generic_file_id=1&algorithm=md5');
      expect(body.count).toBe(1);
      expect(Object.keys(body.results[0])).toEqual([
        'id', 'algorithm', 'datetime', 'digest', 'state', 'generic_file_identifier', 'generic_file_id', 'intellectual_object_id', 'institution_id',
        'created_at', 'updated_at',
      ]);
      expect(body.results[0]).toEqual({
        id: 1,
        algorithm: 'md5',
        datetime: '2020-03-04T20:07:42Z',
        digest: '12345678',
        state: 'A',
        generic_file_identifier: 'institution1.edu/photos/picture1',
        generic_file_id: 1,
        intellectual_object_id: 1,
        institution_id: 2,
        created_at: '2021-01-12T17:14:35Z',
        updated_at: '2021-01-12T17:14:35Z',
      });
    });

    it('rejects unknown and malformed parameters with 400 naming them', async () => {
      const unknown = await t.getJson('instUser', '/member-api/v3/checksums?foo=1&created_at__gteq=2020-01-01');
      expect(unknown.status).toBe(400);
      expect(unknown.body.StatusCode).toBe(400);
      expect(unknown.body.Error).toContain('Invalid query params: ');
      expect(unknown.body.Error).toMatch(/foo/);
      for (const query of [
        'datetime__gt=2020-01-01', 'generic_file_identifier__starts_with=institution1.edu', 'algorithm__in=md5', 'updated_at__lteq=2021-01-01',
        'generic_file_id=abc', 'institution_id=two', 'datetime__gteq=notadate', 'sort=generic_file_identfier__asc', 'sort=foo',
      ]) {
        const { status, body } = await t.getJson('instUser', `/member-api/v3/checksums?${query}`);
        expect({ query, status, code: body.StatusCode }).toEqual({ query, status: 400, code: 400 });
      }
    });
  });

  describe('GET /member-api/v3/checksums/show/:id', () => {
    it('requires API credentials', async () => {
      expect((await t.getJson('anonymous', '/member-api/v3/checksums/show/1')).status).toBe(401);
      expect((await t.getJson('inactiveUser', '/member-api/v3/checksums/show/1')).status).toBe(401);
    });

    it('shows a ChecksumView by id, the same as in the list', async () => {
      const { status, body } = await t.getJson('instUser', '/member-api/v3/checksums/show/32');
      expect(status).toBe(200);
      const listed = await t.getJson('instUser', '/member-api/v3/checksums?generic_file_id=49&algorithm=sha512');
      expect(body).toEqual(listed.body.results[0]);
      expect(Object.keys(body)).toEqual([
        'id', 'algorithm', 'datetime', 'digest', 'state', 'generic_file_identifier', 'generic_file_id', 'intellectual_object_id', 'institution_id',
        'created_at', 'updated_at',
      ]);
      expect(body).toMatchObject({ id: 32, algorithm: 'sha512', generic_file_id: 49, generic_file_identifier: 'institution1.edu/glass/shard5-pending-restoration', intellectual_object_id: 3, institution_id: 2 });
    });

    it('lets a sys admin see any institution’s checksum', async () => {
      const { status, body } = await t.getJson('sysAdmin', '/member-api/v3/checksums/show/30');
      expect(status).toBe(200);
      expect(body).toMatchObject({ id: 30, institution_id: 4, generic_file_id: 27, datetime: '2020-08-26T15:27:00Z' });
    });

    it("answers 403 for another institution's checksum", async () => {
      const foreign = await t.getJson('otherInstUser', '/member-api/v3/checksums/show/1');
      expect(foreign).toEqual({ status: 403, body: { error: 'Permission denied for /member-api/v3/checksums/show/:id (institution 2).' } });
      expect((await t.getJson('instAdmin', '/member-api/v3/checksums/show/3')).status).toBe(403);
    });

    it('answers 404 for a missing id, and for an identifier (checksums have none)', async () => {
      const missing = await t.getJson('instUser', '/member-api/v3/checksums/show/99999');
      expect(missing).toEqual({ status: 404, body: { error: 'Not found: /member-api/v3/checksums/show/99999' } });
      const identifier = await t.getJson('instUser', '/member-api/v3/checksums/show/abc');
      expect(identifier).toEqual({ status: 404, body: { error: 'Missing authorization check for /member-api/v3/checksums/show/abc' } });
    });
  });
});
