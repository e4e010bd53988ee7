import { createTestApp, type Persona, type TestApp } from '../../support/test-app.js';

describe('admin API: storage records', () => {
  let t: TestApp;
  const post = (url: string, payload: unknown, persona: Persona = 'sysAdmin') =>
    t.request(persona, { method: 'POST', url, payload: payload as object, headers: { 'content-type': 'application/json' } });
  const recordCount = async (): Promise<number> => (await t.db.dataSource.query('SELECT count(*)::int AS n FROM storage_records'))[0].n;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses everyone but sys admins', async () => {
    expect((await t.getJson('instAdmin', '/admin-api/v3/storage_records')).status).toBe(403);
    expect((await t.getJson('instUser', '/admin-api/v3/storage_records/show/1')).status).toBe(403);
    expect((await t.getJson('anonymous', '/admin-api/v3/storage_records')).status).toBe(401);
    const before = await recordCount();
    expect((await post('/admin-api/v3/storage_records/create/2', { generic_file_id: 1, url: 'https://example.org/x' }, 'instAdmin')).statusCode).toBe(403);
    expect(await recordCount()).toBe(before);
  });

  describe('GET /admin-api/v3/storage_records', () => {
    it('lists records by id descending by default', async () => {
      const { status, body } = await t.getJson('sysAdmin', '/admin-api/v3/storage_records');
      expect(status).toBe(200);
      expect(body.count).toBe(88);
      expect(body.results).toHaveLength(20);
      expect(body.results[0]).toEqual({ id: 88, generic_file_id: expect.any(Number), url: expect.stringMatching(/^https:\/\//) });
      expect(body.results.map((r: { id: number }) => r.id)).toEqual(Array.from({ length: 20 }, (_, i) => 88 - i));
      expect(body.next).toBe('/admin-api/v3/storage_records?page=2&per_page=20');
    });

    it("filters by file and sorts by url, as Preserv's deletion worker asks", async () => {
      const { body } = await t.getJson('sysAdmin', '/admin-api/v3/storage_records?generic_file_id=1&sort=url__asc');
      expect(body.count).toBe(2);
      expect(body.results.map((r: { url: string }) => r.url)).toEqual([
        'https://localhost:9899/preservation-or/25452f41-1b18-47b7-b334-751dfd5d011e',
        'https://localhost:9899/preservation-va/25452f41-1b18-47b7-b334-751dfd5d011e',
      ]);
    });

    it('builds next and previous links with every parameter', async () => {
      const { body } = await t.getJson('sysAdmin', '/admin-api/v3/storage_records?generic_file_id=1&page=1&per_page=1&sort=id__asc');
      expect(body.results).toEqual([{ id: 1, generic_file_id: 1, url: expect.any(String) }]);
      expect(body.next).toBe('/admin-api/v3/storage_records?generic_file_id=1&page=2&per_page=1&sort=id__asc');
      const second = await t.getJson('sysAdmin', body.next);
      expect(second.body.results[0].id).toBe(2);
      expect(second.body.previous).toBe('/admin-api/v3/storage_records?generic_file_id=1&page=1&per_page=1&sort=id__asc');
      expect(second.body.next).toBe('');
    });

    it('rejects unknown parameters and unknown sort columns with 400', async () => {
      expect((await t.getJson('sysAdmin', '/admin-api/v3/storage_records?url=x')).status).toBe(400);
      expect((await t.getJson('sysAdmin', '/admin-api/v3/storage_records?sort=bucket__asc')).status).toBe(400);
      expect((await t.getJson('sysAdmin', '/admin-api/v3/storage_records?generic_file_id=abc')).status).toBe(400);
    });
  });

  describe('GET /admin-api/v3/storage_records/show/:id', () => {
    it('shows a record', async () => {
      const { status, body } = await t.getJson('sysAdmin', '/admin-api/v3/storage_records/show/2');
      expect(status).toBe(200);
      expect(body).toEqual({ id: 2, generic_file_id: 1, url: expect.stringContaining('25452f41-1b18-47b7-b334-751dfd5d011e') });
    });

    it('answers 404 for an unknown id', async () => {
      expect((await t.getJson('sysAdmin', '/admin-api/v3/storage_records/show/99999')).status).toBe(404);
    });
  });

  describe('POST /admin-api/v3/storage_records/create/:institution_id', () => {
    it('creates a record (201) that then appears on its file', async () => {
      const response = await post('/admin-api/v3/storage_records/create/3', { generic_file_id: 11, url: 'https://localhost:9899/preservation-oh/3ba064ae-6a12-49e9-b9f8-cd63fbb173ce' });
      expect(response.statusCode).toBe(201);
      const created = response.json();
      expect(Object.keys(created)).toEqual(['id', 'generic_file_id', 'url']);
      expect(created).toMatchObject({ generic_file_id: 11, url: 'https://localhost:9899/preservation-oh/3ba064ae-6a12-49e9-b9f8-cd63fbb173ce' });
      expect(created.id).toBeGreaterThan(88);
      const file = (await t.getJson('sysAdmin', '/admin-api/v3/files/show/11')).body;
      expect(file.storage_records.map((r: { id: number }) => r.id)).toContain(created.id);
    });

    it('refuses a body with an id (405)', async () => {
      const response = await post('/admin-api/v3/storage_records/create/3', { id: 3, generic_file_id: 11, url: 'https://example.org/a' });
      expect(response.statusCode).toBe(405);
      expect(response.json()).toEqual({ StatusCode: 405, Error: 'operation not supported' });
    });

    it('answers 404 for a missing file and 400 for a file of another institution, writing nothing', async () => {
      const before = await recordCount();
      const missing = await post('/admin-api/v3/storage_records/create/3', { generic_file_id: 99999, url: 'https://example.org/a' });
      expect(missing.statusCode).toBe(404);
      expect(missing.json()).toEqual({ StatusCode: 404, Error: "Can't save storage record. GenericFile 99999 does not exist" });
      const foreign = await post('/admin-api/v3/storage_records/create/2', { generic_file_id: 11, url: 'https://example.org/a' });
      expect(foreign.statusCode).toBe(400);
      expect(foreign.json()).toEqual({ StatusCode: 400, Error: "Can't save storage record. Institution ID mismatch" });
      // As in the reference, the file is checked before the body's own rules.
      const noFile = await post('/admin-api/v3/storage_records/create/3', { generic_file_id: 0, url: 'not a url' });
      expect(noFile.json()).toEqual({ StatusCode: 404, Error: "Can't save storage record. GenericFile 0 does not exist" });
      const foreignAndInvalid = await post('/admin-api/v3/storage_records/create/2', { generic_file_id: 11, url: 'not a url' });
      expect(foreignAndInvalid.json()).toEqual({ StatusCode: 400, Error: "Can't save storage record. Institution ID mismatch" });
      expect(await recordCount()).toBe(before);
    });

    it('validates the record and the JSON types', async () => {
      const before = await recordCount();
      const invalid = await post('/admin-api/v3/storage_records/create/3', { generic_file_id: 11, url: 'not a url' });
      expect(invalid.statusCode).toBe(400);
      expect(invalid.json()).toEqual({ StatusCode: 400, Error: 'URL: Storage record requires a valid URL' });
      const wrongTypes = await post('/admin-api/v3/storage_records/create/3', { generic_file_id: 1.5, url: ['https://example.org'] });
      expect(wrongTypes.json()).toEqual({ StatusCode: 400, Error: 'generic_file_id must be an integer number\nurl must be a string' });
      const notObject = await post('/admin-api/v3/storage_records/create/3', [{ generic_file_id: 11, url: 'https://example.org' }]);
      expect(notObject.json()).toEqual({ StatusCode: 400, Error: 'the body must be a JSON object' });
      const tooLong = await post('/admin-api/v3/storage_records/create/3', { generic_file_id: 11, url: `https://example.org/${'a'.repeat(3000)}` });
      expect(tooLong.statusCode).toBe(400);
      expect(await recordCount()).toBe(before);
    });
  });
});
