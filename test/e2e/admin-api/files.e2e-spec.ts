import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createTestApp, type Persona, type TestApp } from '../../support/test-app.js';

const ZERO = '0001-01-01T00:00:00Z';

const checksum = (algorithm: string, overrides: Record<string, unknown> = {}) => ({
  id: 0,
  algorithm,
  datetime: '2024-03-01T10:00:00.123456789Z',
  digest: `${algorithm}-${randomUUID()}`,
  generic_file_id: 0,
  created_at: ZERO,
  updated_at: ZERO,
  ...overrides,
});

const event = (eventType: string, overrides: Record<string, unknown> = {}) => ({
  id: 0,
  identifier: randomUUID(),
  event_type: eventType,
  date_time: '2024-03-01T10:00:01.5Z',
  detail: `${eventType} detail`,
  outcome: 'Success',
  outcome_detail: 'outcome detail',
  outcome_information: 'outcome information',
  object: 'Go crypto',
  agent: 'https://github.com/APTrust/preservation-services',
  intellectual_object_id: 0,
  institution_id: 0,
  generic_file_identifier: 'ignored view field',
  intellectual_object_identifier: 'ignored view field',
  created_at: ZERO,
  updated_at: ZERO,
  ...overrides,
});

const EVENT_TYPES = ['ingestion', 'message digest calculation', 'identifier assignment', 'replication', 'validation', 'fixity check', 'creation', 'access assignment'];

/** A new file of object 1 (institution 2), in the shape Preserv's recorder sends. */
const newFile = (name: string, overrides: Record<string, unknown> = {}) => {
  const uuid: string = randomUUID();
  return {
    id: 0,
    identifier: `institution1.edu/photos/${name}`,
    institution_id: 2,
    intellectual_object_id: 1,
    file_format: 'image/jpeg',
    size: 4096,
    state: 'A',
    storage_option: 'Standard',
    uuid,
    last_fixity_check: ZERO,
    mtime: '2020-05-06T07:08:09Z',
    file_modified: '2020-05-06T07:08:09Z',
    created_at: ZERO,
    updated_at: ZERO,
    checksums: ['md5', 'sha1', 'sha256', 'sha512'].map((a) => checksum(a)),
    storage_records: [
      { url: `https://localhost:9899/preservation-va/${uuid}` },
      { url: `https://localhost:9899/preservation-or/${uuid}` },
    ],
    premis_events: EVENT_TYPES.map((t) => event(t)),
    ...overrides,
  };
};

describe('admin API: files', () => {
  let t: TestApp;
  const send = (method: 'POST' | 'PUT', url: string, payload: unknown, persona: Persona = 'sysAdmin') =>
    t.request(persona, { method, url, payload: payload as object, headers: { 'content-type': 'application/json' } });
  const post = (url: string, payload: unknown, persona: Persona = 'sysAdmin') => send('POST', url, payload, persona);
  const put = (url: string, payload: unknown) => send('PUT', url, payload);
  const query = <T = any>(sql: string, params: unknown[] = []): Promise<T[]> => t.db.dataSource.query(sql, params);
  const counts = async () =>
    (await query(`SELECT (SELECT count(*) FROM generic_files)::int AS files, (SELECT count(*) FROM checksums)::int AS checksums,
      (SELECT count(*) FROM storage_records)::int AS storage_records, (SELECT count(*) FROM premis_events)::int AS events`))[0];

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses everyone but sys admins on every route', async () => {
    for (const url of ['/admin-api/v3/files', '/admin-api/v3/files/show/1']) {
      expect((await t.getJson('instAdmin', url)).status).toBe(403);
      expect((await t.getJson('anonymous', url)).status).toBe(401);
    }
    const before = await counts();
    expect((await post('/admin-api/v3/files/create/2', newFile('x-403'), 'instAdmin')).statusCode).toBe(403);
    expect((await post('/admin-api/v3/files/create_batch/2', [newFile('x-403b')], 'instAdmin')).statusCode).toBe(403);
    expect((await send('PUT', '/admin-api/v3/files/update/1', { id: 1 }, 'instUser')).statusCode).toBe(403);
    expect(await counts()).toEqual(before);
  });

  describe('GET /admin-api/v3/files/show/*', () => {
    it('shows a full file with its relations, by id and by percent-encoded identifier', async () => {
      const byId = await t.getJson('sysAdmin', '/admin-api/v3/files/show/1');
      expect(byId.status).toBe(200);
      expect(byId.body).toMatchObject({ id: 1, identifier: 'institution1.edu/photos/picture1', size: 243855000, storage_option: 'Standard' });
      expect(byId.body.checksums.map((c: { id: number }) => c.id)).toEqual([2, 1]);
      expect(byId.body.premis_events.map((e: { id: number }) => e.id)).toEqual([31, 22, 13, 4]);
      expect(byId.body.storage_records).toHaveLength(2);
      const byIdentifier = await t.getJson('sysAdmin', '/admin-api/v3/files/show/institution1.edu%2Fphotos%2Fpicture1');
      expect(byIdentifier.body).toEqual(byId.body);
    });

    it('answers 404 for an unknown identifier (Preserv takes it as "new file")', async () => {
      const url = '/admin-api/v3/files/show/institution1.edu%2Fphotos%2Fnot-there';
      expect(await t.getJson('sysAdmin', url)).toEqual({ status: 404, body: { error: `Not found: ${url}` } });
    });

    it("reads a sys admin's file by id or identifier without the guard's ownership lookup; members' reads have it", async () => {
      const statements = jest.spyOn(t.app.get(DataSource).logger, 'logQuery');
      const ownerLookups = () => statements.mock.calls.filter(([sql]) => /^SELECT id, institution_id FROM generic_files WHERE/.test(sql)).length;
      try {
        expect((await t.getJson('sysAdmin', '/admin-api/v3/files/show/institution1.edu%2Fphotos%2Fpicture1')).status).toBe(200);
        expect((await t.getJson('sysAdmin', '/admin-api/v3/files/show/1')).status).toBe(200);
        expect(ownerLookups()).toBe(0);
        expect((await t.getJson('instAdmin', '/member-api/v3/files/show/institution1.edu%2Fphotos%2Fpicture1')).status).toBe(200);
        expect(ownerLookups()).toBe(1);
      } finally {
        statements.mockRestore();
      }
    });
  });

  describe('GET /admin-api/v3/files', () => {
    it('lists full files with checksums, events and storage records', async () => {
      const { status, body } = await t.getJson('sysAdmin', '/admin-api/v3/files?institution_id=2&sort=identifier__asc&per_page=5');
      expect(status).toBe(200);
      expect(body.count).toBe(18);
      expect(body.results).toHaveLength(5);
      expect(body.next).toBe('/admin-api/v3/files?institution_id=2&page=2&per_page=5&sort=identifier__asc');
      const identifiers = body.results.map((f: { identifier: string }) => f.identifier);
      expect(identifiers).toEqual([...identifiers].sort());
      for (const file of body.results) {
        expect(Object.keys(file)).toEqual([
          'id', 'created_at', 'updated_at', 'file_format', 'size', 'identifier', 'intellectual_object_id', 'state', 'last_fixity_check',
          'institution_id', 'storage_option', 'uuid', 'premis_events', 'checksums', 'storage_records', 'mtime',
        ]);
        expect(file).toEqual((await t.getJson('sysAdmin', `/admin-api/v3/files/show/${file.id}`)).body);
      }
    });

    it("answers Preserv's fixity-queue query: storage_option__in, last_fixity_check range, sort by last_fixity_check", async () => {
      await query(`UPDATE generic_files SET last_fixity_check = ('2024-01-0' || (id % 9 + 1) || ' 00:00:00.5')::timestamp WHERE id BETWEEN 21 AND 27`);
      const url = '/admin-api/v3/files?last_fixity_check__gteq=2023-12-01T00%3A00%3A00Z&last_fixity_check__lteq=2024-01-31T00%3A00%3A00Z' +
        '&page=1&per_page=500&sort=last_fixity_check&state=A&storage_option__in=Standard&storage_option__in=Wasabi-VA' +
        '&storage_option__in=Wasabi-OR&storage_option__in=Wasabi-TX';
      const { status, body } = await t.getJson('sysAdmin', url);
      expect(status).toBe(200);
      expect(body.results.map((f: { id: number }) => f.id).sort((a: number, b: number) => a - b)).toEqual([21, 22, 23, 24, 25, 26, 27]);
      const dates = body.results.map((f: { last_fixity_check: string }) => f.last_fixity_check);
      expect(dates).toEqual([...dates].sort());
      expect(body.results[0]).toMatchObject({ uuid: expect.any(String), checksums: expect.any(Array), storage_records: expect.any(Array) });
      expect(body.results.find((f: { id: number }) => f.id === 21).checksums).toHaveLength(4);
    });

    it('rejects unknown parameters with 400', async () => {
      const { status, body } = await t.getJson('sysAdmin', '/admin-api/v3/files?title=x');
      expect(status).toBe(400);
      expect(body.Error).toMatch(/title/);
    });
  });

  describe('POST /admin-api/v3/files/create/:institution_id', () => {
    it('creates a file with its nested children (201), forcing the events onto the file and storing Go zero values as NULL or defaults', async () => {
      const body = newFile('create-1.jpg', { mtime: ZERO, premis_events: [event('ingestion', { institution_id: 3, intellectual_object_id: 9, generic_file_id: 55 })] });
      const response = await post('/admin-api/v3/files/create/2', body);
      expect(response.statusCode).toBe(201);
      const created = response.json();
      expect(created.id).toBeGreaterThan(62);
      expect(created).toMatchObject({
        identifier: 'institution1.edu/photos/create-1.jpg', institution_id: 2, intellectual_object_id: 1, size: 4096, uuid: body.uuid,
        last_fixity_check: '2000-01-01T00:00:00Z', mtime: ZERO,
      });
      expect(created.created_at).not.toBe(ZERO);
      expect(created.checksums).toHaveLength(4);
      expect(created.storage_records.map((s: { url: string }) => s.url)).toEqual(body.storage_records.map((s) => s.url));
      expect(created.premis_events).toEqual([
        expect.objectContaining({ identifier: body.premis_events[0].identifier, institution_id: 2, intellectual_object_id: 1, generic_file_id: created.id }),
      ]);
      for (const child of [...created.checksums, ...created.storage_records, ...created.premis_events]) expect(child.id).toBeGreaterThan(0);

      const [file] = await query(`SELECT last_fixity_check::text, mod_time, created_at = updated_at AS same FROM generic_files WHERE id = $1`, [created.id]);
      expect(file).toEqual({ last_fixity_check: '2000-01-01 00:00:00', mod_time: null, same: true });
      const [ev] = await query(`SELECT institution_id, intellectual_object_id, generic_file_id, old_uuid FROM premis_events WHERE identifier = $1`, [body.premis_events[0].identifier]);
      expect(ev).toEqual({ institution_id: 2, intellectual_object_id: 1, generic_file_id: created.id, old_uuid: null });
      expect(await t.getJson('sysAdmin', `/admin-api/v3/files/show/${created.id}`).then((r) => r.body)).toEqual(created);
    });

    it('keeps microseconds of nanosecond timestamps', async () => {
      const body = newFile('create-ns.jpg', { last_fixity_check: '2024-02-03T04:05:06.123456789Z', mtime: '2019-12-31T23:59:59.999999999-05:00' });
      const created = (await post('/admin-api/v3/files/create/2', body)).json();
      expect(created).toMatchObject({ last_fixity_check: '2024-02-03T04:05:06.123456Z', mtime: '2020-01-01T04:59:59.999999Z' });
      expect(created.checksums[0].datetime).toBe('2024-03-01T10:00:00.123456Z');
      const [row] = await query(`SELECT last_fixity_check::text, mod_time::text FROM generic_files WHERE id = $1`, [created.id]);
      expect(row).toEqual({ last_fixity_check: '2024-02-03 04:05:06.123456', mod_time: '2020-01-01 04:59:59.999999' });
    });

    it('refuses a body with an id or another institution', async () => {
      const mismatch = await post('/admin-api/v3/files/create/2', newFile('x1', { institution_id: 3 }));
      expect(mismatch.statusCode).toBe(400);
      expect(mismatch.json()).toEqual({ StatusCode: 400, Error: 'resource or institution id mismatch' });
      expect((await post('/admin-api/v3/files/create/2', newFile('x2', { id: 5 }))).statusCode).toBe(400);
    });

    it('reports every validation failure, nested ones with their array and index; a nested "Failed" outcome is refused', async () => {
      const before = await counts();
      const body = newFile('x3', {
        file_format: '',
        uuid: 'not-a-uuid',
        size: -1,
        storage_option: 'Tape',
        checksums: [checksum('md5'), checksum('crc32', { digest: '' })],
        storage_records: [{ url: 'not a url' }],
        premis_events: [event('ingestion'), event('fixity check', { outcome: 'Failed' })],
      });
      const response = await post('/admin-api/v3/files/create/2', body);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({
        StatusCode: 400,
        Error: [
          'FileFormat: FileFormat is required',
          'Size: Size cannot be negative',
          'StorageOption: Invalid storage option',
          'UUID: Valid UUID required',
          'checksums[1].Digest: Checksum Digest cannot be empty',
          'checksums[1].Algorithm: Checksum requires a valid algorithm',
          'storage_records[0].URL: Storage record requires a valid URL',
          'premis_events[1].Outcome: Event requires a valid Outcome value',
        ].join('\n'),
      });
      expect(await counts()).toEqual(before);
    });

    it('refuses wrong JSON types, malformed JSON, oversize values and an empty body without writing', async () => {
      const before = await counts();
      const wrongTypes = await post('/admin-api/v3/files/create/2', newFile('x4', {
        size: '12', identifier: 7, mtime: 'yesterday', checksums: [{ algorithm: 5 }], premis_events: 'none', storage_records: [3],
      }));
      expect(wrongTypes.statusCode).toBe(400);
      const error: string = wrongTypes.json().Error;
      for (const part of ['size must be an integer', 'identifier must be a string', 'mtime must be an RFC 3339 timestamp', 'checksums[0].algorithm must be a string', 'premis_events must be an array']) {
        expect(error).toContain(part);
      }
      const malformed = await t.request('sysAdmin', { method: 'POST', url: '/admin-api/v3/files/create/2', payload: '{"id": 0,', headers: { 'content-type': 'application/json' } });
      expect(malformed.statusCode).toBe(400);
      expect(malformed.json().StatusCode).toBe(400);
      const tooLong = await post('/admin-api/v3/files/create/2', newFile(`${'very-long-name/'.repeat(200)}x`));
      expect(tooLong.statusCode).toBe(400);
      expect(tooLong.json().Error).toBe('Identifier: Identifier cannot be longer than 2048 bytes');
      const outOfRange = await post('/admin-api/v3/files/create/2', newFile('x5', { intellectual_object_id: 2 ** 31 }));
      expect(outOfRange.statusCode).toBe(400);
      expect(outOfRange.json().Error).toMatch(/intellectual_object_id must not be greater than 2147483647/);
      const empty = await t.request('sysAdmin', { method: 'POST', url: '/admin-api/v3/files/create/2', headers: { 'content-type': 'application/json' } });
      expect(empty.statusCode).toBe(400);
      expect(await counts()).toEqual(before);
    });

    it('answers 409 for a taken identifier or uuid, and for a taken event identifier naming the event', async () => {
      const before = await counts();
      const taken = await post('/admin-api/v3/files/create/2', newFile('x6', { identifier: 'institution1.edu/photos/picture1' }));
      expect(taken.statusCode).toBe(409);
      expect(taken.json()).toEqual({ StatusCode: 409, Error: 'identifier has already been taken' });
      const uuid = await post('/admin-api/v3/files/create/2', newFile('x7', { uuid: '25452f41-1b18-47b7-b334-751dfd5d011e' }));
      expect(uuid.json()).toEqual({ StatusCode: 409, Error: 'uuid has already been taken' });
      const eventTaken = await post('/admin-api/v3/files/create/2', newFile('x8', { premis_events: [event('ingestion'), event('ingestion', { identifier: 'a966ca54-ee5b-4606-81bd-7653dd5f3a63' })] }));
      expect(eventTaken.statusCode).toBe(409);
      expect(eventTaken.json()).toEqual({ StatusCode: 409, Error: 'premis_events[1]: identifier has already been taken' });
      expect(await counts()).toEqual(before);
    });

    it('lets exactly one of two concurrent creates of the same identifier succeed; the other gets 409', async () => {
      const responses = await Promise.all([post('/admin-api/v3/files/create/2', newFile('race.jpg')), post('/admin-api/v3/files/create/2', newFile('race.jpg'))]);
      expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409]);
      const [{ n }] = await query(`SELECT count(*)::int AS n FROM generic_files WHERE identifier = 'institution1.edu/photos/race.jpg'`);
      expect(n).toBe(1);
      const [{ events }] = await query(`SELECT count(*)::int AS events FROM premis_events pe JOIN generic_files gf ON gf.id = pe.generic_file_id WHERE gf.identifier = 'institution1.edu/photos/race.jpg'`);
      expect(events).toBe(8);
    });
  });

  describe('POST /admin-api/v3/files/create_batch/:institution_id', () => {
    const batch = (prefix: string, n = 100) => Array.from({ length: n }, (_, i) => newFile(`${prefix}/data/file-${String(i).padStart(3, '0')}.txt`));

    it('creates 100 files with 4 checksums, 2 storage records and 8 events each, in one transaction (201)', async () => {
      const before = await counts();
      const files = batch('batch-ok');
      const response = await post('/admin-api/v3/files/create_batch/2', files);
      expect(response.statusCode).toBe(201);
      const body = response.json();
      expect(Object.keys(body)).toEqual(['count', 'next', 'previous', 'results']);
      expect(body).toMatchObject({ count: 100, next: '', previous: '' });
      expect(body.results.map((f: { identifier: string }) => f.identifier)).toEqual(files.map((f) => f.identifier));
      for (const [i, file] of body.results.entries()) {
        expect(file.id).toBeGreaterThan(0);
        expect(file.updated_at).not.toBe(ZERO);
        expect(file.checksums).toHaveLength(4);
        expect(file.storage_records).toHaveLength(2);
        expect(file.premis_events).toHaveLength(8);
        expect(file.premis_events.every((e: { generic_file_id: number; institution_id: number }) => e.generic_file_id === file.id && e.institution_id === 2)).toBe(true);
        expect(file.storage_records.map((s: { url: string }) => s.url)).toEqual(files[i].storage_records.map((s) => s.url));
      }
      expect(await counts()).toEqual({
        files: before.files + 100, checksums: before.checksums + 400, storage_records: before.storage_records + 200, events: before.events + 800,
      });
      const shown = await t.getJson('sysAdmin', `/admin-api/v3/files/show/${body.results[42].id}`);
      expect(shown.body).toEqual(body.results[42]);
      const perFile = await t.getJson('sysAdmin', `/admin-api/v3/checksums?generic_file_identifier=${encodeURIComponent(files[7].identifier)}`);
      expect(perFile.body.count).toBe(4);
    });

    it('writes nothing when one file of 100 is invalid, and names its index and field', async () => {
      const before = await counts();
      const files = batch('batch-bad');
      files[57] = { ...files[57], uuid: 'nope' };
      files[63] = { ...files[63], premis_events: [...files[63].premis_events.slice(0, 2), event('fixity check', { outcome: 'Failed' })] };
      const response = await post('/admin-api/v3/files/create_batch/2', files);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({
        StatusCode: 400,
        Error: 'files[57].UUID: Valid UUID required\nfiles[63].premis_events[2].Outcome: Event requires a valid Outcome value',
      });
      expect(await counts()).toEqual(before);
    });

    it('refuses files of another institution than the URL names', async () => {
      const before = await counts();
      const files = batch('batch-inst', 5);
      files[3] = { ...files[3], institution_id: 3 };
      const response = await post('/admin-api/v3/files/create_batch/2', files);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({ StatusCode: 400, Error: 'files[3].InstitutionID: GenericFile.InstitutionID must match request institution ID' });
      expect(await counts()).toEqual(before);
    });

    it('refuses a body that is not an array, and wrong JSON types with the index of the file', async () => {
      const notArray = await post('/admin-api/v3/files/create_batch/2', newFile('batch-obj'));
      expect(notArray.statusCode).toBe(400);
      expect(notArray.json().Error).toBe('the body must be a JSON array of GenericFile objects');
      const files: unknown[] = batch('batch-types', 3);
      files[1] = { ...(files[1] as object), size: 'big' };
      files[2] = 'a string';
      const response = await post('/admin-api/v3/files/create_batch/2', files);
      expect(response.statusCode).toBe(400);
      expect(response.json().Error).toBe('files[1].size must be an integer number\nfiles[2] must be a JSON object');
    });

    it('answers 409 naming the file for a taken identifier, inside the batch or already stored, and writes nothing', async () => {
      const before = await counts();
      const files = batch('batch-dup', 4);
      files[2] = { ...files[2], identifier: 'institution1.edu/photos/picture2' };
      const stored = await post('/admin-api/v3/files/create_batch/2', files);
      expect(stored.statusCode).toBe(409);
      expect(stored.json()).toEqual({ StatusCode: 409, Error: 'files[2]: identifier has already been taken' });
      const twice = batch('batch-dup2', 4);
      twice[3] = { ...twice[3], identifier: twice[1].identifier };
      const inBatch = await post('/admin-api/v3/files/create_batch/2', twice);
      expect(inBatch.statusCode).toBe(409);
      expect(inBatch.json().Error).toMatch(/^files\[1\]: identifier has already been taken$/);
      expect(await counts()).toEqual(before);
    });

    it('rolls back the files, checksums and storage records already inserted when the last insert fails', async () => {
      const before = await counts();
      const files = batch('batch-late', 100);
      files[99] = { ...files[99], premis_events: [...files[99].premis_events.slice(1), event('ingestion', { identifier: '6e9e665a-4f7e-41f4-9594-d511f9fc1edf' })] };
      const response = await post('/admin-api/v3/files/create_batch/2', files);
      expect(response.statusCode).toBe(409);
      expect(response.json()).toEqual({ StatusCode: 409, Error: 'files[99].premis_events[7]: identifier has already been taken' });
      expect(await counts()).toEqual(before);
      const [{ n }] = await query(`SELECT count(*)::int AS n FROM generic_files WHERE identifier LIKE 'institution1.edu/photos/batch-late/%'`);
      expect(n).toBe(0);
    });

    it('answers an empty array with an empty list', async () => {
      const response = await post('/admin-api/v3/files/create_batch/2', []);
      expect(response.statusCode).toBe(201);
      expect(response.json()).toEqual({ count: 0, next: '', previous: '', results: [] });
    });

    it('updates a file that comes with its id, and answers it with all its relations', async () => {
      const current = (await t.getJson('sysAdmin', '/admin-api/v3/files/show/3')).body;
      const files = [newFile('batch-mixed/new.txt'), { ...current, size: 999, premis_events: [...current.premis_events, event('ingestion')] }];
      const response = await post('/admin-api/v3/files/create_batch/2', files);
      expect(response.statusCode).toBe(201);
      const [created, updated] = response.json().results;
      expect(created.identifier).toBe('institution1.edu/photos/batch-mixed/new.txt');
      expect(updated).toMatchObject({ id: 3, size: 999 });
      expect(updated.premis_events).toHaveLength(current.premis_events.length + 1);
      const missing = await post('/admin-api/v3/files/create_batch/2', [{ ...current, id: 99999 }]);
      expect(missing.statusCode).toBe(404);
      expect(missing.json()).toEqual({ StatusCode: 404, Error: 'files[0]: GenericFile 99999 does not exist' });
    });
  });

  describe('PUT /admin-api/v3/files/update/:id', () => {
    it('overwrites the record, keeps created_at and the storage option of an active file, inserts new children and skips known ones', async () => {
      const before = (await t.getJson('sysAdmin', '/admin-api/v3/files/show/2')).body;
      const newEvent = event('fixity check');
      const body = {
        ...before,
        size: 7,
        file_format: 'image/png',
        storage_option: 'Glacier-OH',
        created_at: '2001-01-01T00:00:00Z',
        last_fixity_check: ZERO,
        checksums: [...before.checksums, checksum('sha256')],
        premis_events: [{ ...before.premis_events[0], outcome: 'Failed' }, newEvent],
        storage_records: [...before.storage_records, { id: 0, url: `https://localhost:9899/preservation-oh/${before.uuid}` }],
      };
      const response = await put('/admin-api/v3/files/update/2', body);
      expect(response.statusCode).toBe(200);
      const updated = response.json();
      expect(updated).toMatchObject({ id: 2, size: 7, file_format: 'image/png', storage_option: 'Standard', created_at: before.created_at, last_fixity_check: before.last_fixity_check });
      expect(updated.updated_at > before.updated_at).toBe(true);
      expect(updated.checksums).toHaveLength(before.checksums.length + 1);
      expect(updated.storage_records).toHaveLength(before.storage_records.length + 1);
      expect(updated.premis_events).toHaveLength(before.premis_events.length + 1);
      expect(updated.premis_events.find((e: { identifier: string }) => e.identifier === newEvent.identifier)).toMatchObject({ generic_file_id: 2, institution_id: 2, intellectual_object_id: 1 });
      const [{ outcome }] = await query(`SELECT outcome FROM premis_events WHERE id = $1`, [before.premis_events[0].id]);
      expect(outcome).toBe(before.premis_events[0].outcome);
    });

    it('refuses a body for another record or institution, and answers 404 for a missing file', async () => {
      const before = (await t.getJson('sysAdmin', '/admin-api/v3/files/show/4')).body;
      expect((await put('/admin-api/v3/files/update/4', { ...before, id: 5 })).json()).toEqual({ StatusCode: 400, Error: 'resource or institution id mismatch' });
      expect((await put('/admin-api/v3/files/update/4', { ...before, institution_id: 3 })).statusCode).toBe(400);
      const missing = await put('/admin-api/v3/files/update/99999', { ...before, id: 99999 });
      expect(missing.statusCode).toBe(404);
      expect(missing.json()).toEqual({ error: 'Not found: /admin-api/v3/files/update/99999' });
      expect((await t.getJson('sysAdmin', '/admin-api/v3/files/show/99999')).body).toEqual({ error: 'Not found: /admin-api/v3/files/show/99999' });
    });

    it('applies concurrent updates of one file one after the other: every writer succeeds, the last one is stored whole', async () => {
      const before = (await t.getJson('sysAdmin', '/admin-api/v3/files/show/6')).body;
      const writers = Array.from({ length: 10 }, (_, i) => i + 1);
      const responses = await Promise.all(
        writers.map((i) => put('/admin-api/v3/files/update/6', { ...before, size: 1000 + i, file_format: `format/${i}`, last_fixity_check: `2025-01-0${(i % 9) + 1}T00:00:00Z` })),
      );
      expect(responses.map((r) => r.statusCode)).toEqual(writers.map(() => 200));
      const [stored] = await query(`SELECT size, file_format FROM generic_files WHERE id = 6`);
      expect(stored.file_format).toBe(`format/${stored.size - 1000}`);
      expect(responses.some((r) => r.json().size === stored.size && r.json().file_format === stored.file_format)).toBe(true);
    });

    it('validates the whole record and its new children, writing nothing on failure', async () => {
      const before = (await t.getJson('sysAdmin', '/admin-api/v3/files/show/5')).body;
      const response = await put('/admin-api/v3/files/update/5', { ...before, state: 'X', premis_events: [event('ingestion', { agent: '' })] });
      expect(response.statusCode).toBe(400);
      expect(response.json().Error).toBe("State: State must be 'A' or 'D'.\npremis_events[0].Agent: Event Agent cannot be empty");
      expect((await t.getJson('sysAdmin', '/admin-api/v3/files/show/5')).body).toEqual(before);
    });
  });
});
