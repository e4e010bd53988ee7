import { apiHeaders, createTestApp, type TestApp } from '../../support/test-app.js';

const newObject = (overrides: Record<string, unknown> = {}) => ({
  id: 0,
  identifier: 'institution1.edu/new_bag',
  institution_id: 2,
  institution_identifier: 'institution1.edu',
  title: 'A new bag',
  description: 'Made by a test',
  alt_identifier: '',
  access: 'institution',
  bag_name: 'new_bag',
  bag_group_identifier: '',
  bagit_profile_identifier: '',
  source_organization: 'Institution One',
  internal_sender_identifier: '',
  internal_sender_description: '',
  etag: '0123456789abcdef0123456789abcdef',
  state: 'A',
  storage_option: 'Standard',
  file_count: 0,
  size: 0,
  created_at: '0001-01-01T00:00:00Z',
  updated_at: '0001-01-01T00:00:00Z',
  ...overrides,
});

describe('admin API: objects', () => {
  let t: TestApp;
  const post = (url: string, payload: unknown, persona: 'sysAdmin' | 'instAdmin' = 'sysAdmin') =>
    t.request(persona, { method: 'POST', url, payload: payload as object, headers: { 'content-type': 'application/json' } });
  const put = (url: string, payload: unknown) => t.request('sysAdmin', { method: 'PUT', url, payload: payload as object, headers: { 'content-type': 'application/json' } });

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses everyone but sys admins, before anything else', async () => {
    const { status, body } = await t.getJson('instAdmin', '/admin-api/v3/objects');
    expect(status).toBe(403);
    expect(body).toEqual({ error: 'Permission denied for /admin-api/v3/objects (institution 0). non-admins must use the member api' });
    expect((await t.getJson('instAdmin', '/admin-api/v3/nothing/here')).status).toBe(403);
    expect((await t.getJson('anonymous', '/admin-api/v3/objects')).status).toBe(401);
  });

  it('answers the list with a trailing slash, as Preserv sends it', async () => {
    const { status, body } = await t.getJson('sysAdmin', '/admin-api/v3/objects/?institution_id=2&sort=identifier__asc&per_page=20');
    expect(status).toBe(200);
    expect(body.count).toBe(6);
    expect(body.results[0].identifier).toBe('institution1.edu/gl-dp-oh');
  });

  it('shows an object by percent-encoded identifier and answers 404 for an unknown one', async () => {
    expect((await t.getJson('sysAdmin', '/admin-api/v3/objects/show/institution1.edu%2Fphotos')).body.id).toBe(1);
    expect((await t.getJson('sysAdmin', '/admin-api/v3/objects/show/institution1.edu%2Fnot_there')).status).toBe(404);
  });

  describe('POST /admin-api/v3/objects/create/:institution_id', () => {
    it('creates an object (201), storing zero values as NULL and defaulting the BagIt profile', async () => {
      const response = await post('/admin-api/v3/objects/create/2', newObject());
      expect(response.statusCode).toBe(201);
      const created = response.json();
      expect(created).toMatchObject({ identifier: 'institution1.edu/new_bag', institution_id: 2, state: 'A', institution: null, generic_files: null, premis_events: null });
      expect(created.id).toBeGreaterThan(14);
      expect(created.created_at).not.toBe('0001-01-01T00:00:00Z');
      expect(created.bagit_profile_identifier).toBe('https://raw.githubusercontent.com/APTrust/preservation-services/master/profiles/aptrust-v2.2.json');
      const [row] = await t.db.dataSource.query('SELECT alt_identifier, bag_group_identifier FROM intellectual_objects WHERE id = $1', [created.id]);
      expect(row).toEqual({ alt_identifier: null, bag_group_identifier: null });
    });

    it('refuses a body whose id or institution does not match the URL', async () => {
      const mismatch = await post('/admin-api/v3/objects/create/2', newObject({ identifier: 'institution1.edu/x1', institution_id: 3 }));
      expect(mismatch.statusCode).toBe(400);
      expect(mismatch.json()).toEqual({ StatusCode: 400, Error: 'resource or institution id mismatch' });
      expect((await post('/admin-api/v3/objects/create/2', newObject({ identifier: 'institution1.edu/x2', id: 5 }))).statusCode).toBe(400);
    });

    it('reports every validation failure with the field names', async () => {
      const response = await post('/admin-api/v3/objects/create/2', newObject({ identifier: 'institution1.edu/x3', title: ' ', access: 'public', storage_option: 'Tape' }));
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({ StatusCode: 400, Error: 'Title: Title is required\nAccess: Invalid access value\nStorageOption: Invalid storage option' });
    });

    it('refuses wrong JSON types and malformed JSON without writing', async () => {
      const wrongTypes = await post('/admin-api/v3/objects/create/2', newObject({ identifier: 'institution1.edu/x4', title: 12, institution_id: '2', created_at: 'yesterday' }));
      expect(wrongTypes.statusCode).toBe(400);
      expect(wrongTypes.json().Error).toMatch(/title must be a string/);
      expect(wrongTypes.json().Error).toMatch(/institution_id must be an integer/);
      expect(wrongTypes.json().Error).toMatch(/created_at must be an RFC 3339 timestamp/);
      const malformed = await t.request('sysAdmin', { method: 'POST', url: '/admin-api/v3/objects/create/2', payload: '{"id": 0,', headers: { 'content-type': 'application/json' } });
      expect(malformed.statusCode).toBe(400);
      expect(malformed.json().StatusCode).toBe(400);
      const [{ n }] = await t.db.dataSource.query(`SELECT count(*)::int AS n FROM intellectual_objects WHERE identifier LIKE 'institution1.edu/x%'`);
      expect(n).toBe(0);
    });

    it('answers 409 for an identifier that is taken', async () => {
      const response = await post('/admin-api/v3/objects/create/2', newObject({ identifier: 'institution1.edu/photos' }));
      expect(response.statusCode).toBe(409);
      expect(response.json()).toEqual({ StatusCode: 409, Error: 'identifier has already been taken' });
    });

    it('refuses institutional admins', async () => {
      expect((await post('/admin-api/v3/objects/create/2', newObject({ identifier: 'institution1.edu/x5' }), 'instAdmin')).statusCode).toBe(403);
    });
  });

  describe('PUT /admin-api/v3/objects/update/:id', () => {
    it('overwrites the record, keeps created_at and the storage option of an active object, and moves updated_at', async () => {
      const before = (await t.getJson('sysAdmin', '/admin-api/v3/objects/show/1')).body;
      const response = await put('/admin-api/v3/objects/update/1', { ...before, title: 'Renamed', storage_option: 'Glacier-OH', created_at: '2001-01-01T00:00:00Z' });
      expect(response.statusCode).toBe(200);
      const updated = response.json();
      expect(updated).toMatchObject({ id: 1, title: 'Renamed', storage_option: 'Standard', created_at: before.created_at });
      expect(updated.updated_at > before.updated_at).toBe(true);
    });

    it('refuses a body for another record or institution, and answers 404 for a missing one', async () => {
      const before = (await t.getJson('sysAdmin', '/admin-api/v3/objects/show/2')).body;
      expect((await put('/admin-api/v3/objects/update/2', { ...before, id: 3 })).json()).toEqual({ StatusCode: 400, Error: 'resource or institution id mismatch' });
      expect((await put('/admin-api/v3/objects/update/2', { ...before, institution_id: 3 })).statusCode).toBe(400);
      expect((await put('/admin-api/v3/objects/update/99999', { ...before, id: 99999 })).statusCode).toBe(404);
    });
  });

  it('accepts an empty JSON body on body-less requests', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/admin-api/v3/objects/show/1', headers: { ...apiHeaders('sysAdmin'), 'content-type': 'application/json' } });
    expect(response.statusCode).toBe(200);
  });
});
