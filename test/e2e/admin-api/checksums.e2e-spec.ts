import { createTestApp, type Persona, type TestApp } from '../../support/test-app.js';

const newChecksum = (overrides: Record<string, unknown> = {}) => ({
  algorithm: 'sha256',
  datetime: '2024-05-06T07:08:09.123456789Z',
  digest: 'f0e1d2c3b4a5968778695a4b3c2d1e0f00112233445566778899aabbccddeeff',
  generic_file_id: 11,
  created_at: '0001-01-01T00:00:00Z',
  updated_at: '0001-01-01T00:00:00Z',
  generic_file_identifier: 'ignored view field',
  ...overrides,
});

describe('admin API: checksums', () => {
  let t: TestApp;
  const post = (url: string, payload: unknown, persona: Persona = 'sysAdmin') =>
    t.request(persona, { method: 'POST', url, payload: payload as object, headers: { 'content-type': 'application/json' } });
  const checksumCount = async (): Promise<number> => (await t.db.dataSource.query('SELECT count(*)::int AS n FROM checksums'))[0].n;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses everyone but sys admins', async () => {
    expect((await t.getJson('instAdmin', '/admin-api/v3/checksums')).status).toBe(403);
    expect((await t.getJson('instUser', '/admin-api/v3/checksums/show/1')).status).toBe(403);
    expect((await t.getJson('anonymous', '/admin-api/v3/checksums')).status).toBe(401);
    const before = await checksumCount();
    expect((await post('/admin-api/v3/checksums/create/3', newChecksum(), 'otherInstAdmin')).statusCode).toBe(403);
    expect(await checksumCount()).toBe(before);
  });

  describe('GET /admin-api/v3/checksums', () => {
    it('lists checksum views of every institution, newest datetime first by default', async () => {
      const { status, body } = await t.getJson('sysAdmin', '/admin-api/v3/checksums?per_page=100');
      expect(status).toBe(200);
      expect(body.count).toBe(32);
      expect(Object.keys(body.results[0])).toEqual([
        'id', 'algorithm', 'datetime', 'digest', 'state', 'generic_file_identifier', 'generic_file_id', 'intellectual_object_id', 'institution_id', 'created_at', 'updated_at',
      ]);
      const dates = body.results.map((c: { datetime: string }) => c.datetime);
      expect(dates).toEqual([...dates].sort().reverse());
    });

    it("answers Preserv's filters: generic_file_identifier, institution_id, algorithm, sort by generic_file_id", async () => {
      const byFile = await t.getJson('sysAdmin', '/admin-api/v3/checksums?generic_file_identifier=institution1.edu%2Fphotos%2Fpicture1');
      expect(byFile.body.results.map((c: { id: number }) => c.id).sort()).toEqual([1, 2]);
      const { body } = await t.getJson('sysAdmin', '/admin-api/v3/checksums?institution_id=2&algorithm=sha256&sort=generic_file_id__asc&per_page=100');
      expect(body.results.every((c: { institution_id: number; algorithm: string }) => c.institution_id === 2 && c.algorithm === 'sha256')).toBe(true);
      const fileIds = body.results.map((c: { generic_file_id: number }) => c.generic_file_id);
      expect(fileIds).toEqual([...fileIds].sort((a: number, b: number) => a - b));
    });

    it('rejects unknown parameters with 400', async () => {
      expect((await t.getJson('sysAdmin', '/admin-api/v3/checksums?file=1')).status).toBe(400);
    });
  });

  describe('GET /admin-api/v3/checksums/show/:id', () => {
    it('shows a checksum view', async () => {
      const { status, body } = await t.getJson('sysAdmin', '/admin-api/v3/checksums/show/1');
      expect(status).toBe(200);
      expect(body).toMatchObject({ id: 1, algorithm: 'md5', digest: '12345678', generic_file_id: 1, generic_file_identifier: 'institution1.edu/photos/picture1', institution_id: 2, state: 'A' });
    });

    it('answers 404 for an unknown id', async () => {
      expect((await t.getJson('sysAdmin', '/admin-api/v3/checksums/show/99999')).status).toBe(404);
    });
  });

  describe('POST /admin-api/v3/checksums/create/:institution_id', () => {
    it('creates a checksum (201), echoing datetime as sent while storing microseconds', async () => {
      const response = await post('/admin-api/v3/checksums/create/3', newChecksum());
      expect(response.statusCode).toBe(201);
      const created = response.json();
      expect(Object.keys(created)).toEqual(['id', 'created_at', 'updated_at', 'algorithm', 'datetime', 'digest', 'generic_file_id']);
      expect(created).toMatchObject({ algorithm: 'sha256', datetime: '2024-05-06T07:08:09.123456789Z', generic_file_id: 11 });
      expect(created.id).toBeGreaterThan(32);
      expect(created.created_at).not.toBe('0001-01-01T00:00:00Z');
      const [row] = await t.db.dataSource.query('SELECT datetime::text FROM checksums WHERE id = $1', [created.id]);
      expect(row.datetime).toBe('2024-05-06 07:08:09.123456');
      const file = (await t.getJson('sysAdmin', '/admin-api/v3/files/show/11')).body;
      expect(file.checksums[0]).toMatchObject({ id: created.id, datetime: '2024-05-06T07:08:09.123456Z' });
      const view = (await t.getJson('sysAdmin', `/admin-api/v3/checksums/show/${created.id}`)).body;
      expect(view).toMatchObject({ institution_id: 3, generic_file_identifier: 'institution2.edu/chocolate/picture1' });
    });

    it('echoes a datetime with a local offset exactly as sent', async () => {
      const response = await post('/admin-api/v3/checksums/create/3', newChecksum({ datetime: '2024-05-06T09:08:09.5+02:00' }));
      expect(response.statusCode).toBe(201);
      expect(response.json().datetime).toBe('2024-05-06T09:08:09.5+02:00');
      const [row] = await t.db.dataSource.query('SELECT datetime::text FROM checksums WHERE id = $1', [response.json().id]);
      expect(row.datetime).toBe('2024-05-06 07:08:09.5');
    });

    it('refuses a body with an id: checksums are insert-only (405)', async () => {
      const before = await checksumCount();
      const response = await post('/admin-api/v3/checksums/create/3', newChecksum({ id: 5 }));
      expect(response.statusCode).toBe(405);
      expect(response.json()).toEqual({ StatusCode: 405, Error: 'operation not supported' });
      expect(await checksumCount()).toBe(before);
    });

    it('answers 404 for a file that does not exist and 400 for a file of another institution', async () => {
      const before = await checksumCount();
      const missing = await post('/admin-api/v3/checksums/create/3', newChecksum({ generic_file_id: 99999 }));
      expect(missing.statusCode).toBe(404);
      expect(missing.json()).toEqual({ StatusCode: 404, Error: "Can't save checksum. GenericFile 99999 does not exist" });
      const foreign = await post('/admin-api/v3/checksums/create/2', newChecksum({ generic_file_id: 11 }));
      expect(foreign.statusCode).toBe(400);
      expect(foreign.json()).toEqual({ StatusCode: 400, Error: "Can't save checksum. Institution ID mismatch" });
      // As in the reference, the file is checked before the body's own rules.
      const noFile = await post('/admin-api/v3/checksums/create/3', newChecksum({ generic_file_id: 0, digest: '' }));
      expect(noFile.json()).toEqual({ StatusCode: 404, Error: "Can't save checksum. GenericFile 0 does not exist" });
      const foreignAndInvalid = await post('/admin-api/v3/checksums/create/2', newChecksum({ generic_file_id: 11, digest: '' }));
      expect(foreignAndInvalid.json()).toEqual({ StatusCode: 400, Error: "Can't save checksum. Institution ID mismatch" });
      expect(await checksumCount()).toBe(before);
    });

    it('validates the checksum and the JSON types, writing nothing', async () => {
      const before = await checksumCount();
      const invalid = await post('/admin-api/v3/checksums/create/3', newChecksum({ algorithm: 'crc32', digest: '', datetime: '0001-01-01T00:00:00Z' }));
      expect(invalid.statusCode).toBe(400);
      expect(invalid.json()).toEqual({
        StatusCode: 400,
        Error: ['Digest: Checksum Digest cannot be empty', 'DateTime: Checksum DateTime is required', 'Algorithm: Checksum requires a valid algorithm'].join('\n'),
      });
      const wrongTypes = await post('/admin-api/v3/checksums/create/3', newChecksum({ digest: 12, generic_file_id: '11', datetime: '2024-13-01T00:00:00Z' }));
      expect(wrongTypes.statusCode).toBe(400);
      expect(wrongTypes.json().Error).toBe('datetime must be an RFC 3339 timestamp\ndigest must be a string\ngeneric_file_id must be an integer number');
      const malformed = await t.request('sysAdmin', { method: 'POST', url: '/admin-api/v3/checksums/create/3', payload: '{"algorithm":', headers: { 'content-type': 'application/json' } });
      expect(malformed.statusCode).toBe(400);
      const outOfRange = await post('/admin-api/v3/checksums/create/3', newChecksum({ generic_file_id: 2 ** 40 }));
      expect(outOfRange.json().Error).toBe('generic_file_id must not be greater than 2147483647');
      expect(await checksumCount()).toBe(before);
    });
  });
});
