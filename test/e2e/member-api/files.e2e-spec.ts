import { createTestApp, type Persona, type TestApp } from '../../support/test-app.js';

type FileView = { id: number; institution_id: number; updated_at: string; identifier: string; size: number; storage_option: string };

const FILE_19 = 'institution2.edu/toads/Prakash_ 39 Harv. J.L. & Pub. Pol’y 341 .pdf';

describe('member API: files', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  /** The ids of every matching file, in the order returned (one page of up to 100). */
  async function ids(persona: Persona, query: string): Promise<number[]> {
    const { status, body } = await t.getJson(persona, `/member-api/v3/files?per_page=100${query ? `&${query}` : ''}`);
    expect(status).toBe(200);
    expect(body.results).toHaveLength(body.count);
    return body.results.map((f: FileView) => f.id);
  }

  const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
  const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const INST2_FILES = [...range(1, 10), ...range(49, 56)];
  const INST3_FILES = [...range(11, 20), ...range(28, 48), ...range(57, 62)];

  describe('GET /member-api/v3/files', () => {
    it('requires API credentials', async () => {
      const { status, body } = await t.getJson('anonymous', '/member-api/v3/files');
      expect(status).toBe(401);
      expect(body).toEqual({ StatusCode: 401, Error: 'API credentials are missing or invalid.' });
    });

    it('refuses a wrong key and a deactivated user', async () => {
      const wrong = await t.request('instUser', { url: '/member-api/v3/files', headers: { 'x-pharos-api-key': 'wrong' } });
      expect(wrong.statusCode).toBe(401);
      expect((await t.getJson('inactiveUser', '/member-api/v3/files')).status).toBe(401);
    });

    it("shows institutional users and admins only their own institution's files", async () => {
      expect(sorted(await ids('instUser', ''))).toEqual(INST2_FILES);
      expect(sorted(await ids('instAdmin', ''))).toEqual(INST2_FILES);
      expect(sorted(await ids('otherInstUser', ''))).toEqual(INST3_FILES);
      expect(sorted(await ids('otherInstAdmin', ''))).toEqual(INST3_FILES);
    });

    it('shows a sys admin every file', async () => {
      expect(sorted(await ids('sysAdmin', ''))).toEqual(range(1, 62));
    });

    it('sorts by updated_at descending by default, 20 to a page', async () => {
      const { body } = await t.getJson('instUser', '/member-api/v3/files');
      expect(body.count).toBe(18);
      expect(body.results).toHaveLength(18);
      expect(body.items).toEqual(body.results);
      expect(body.results.map((f: FileView) => f.id)).toEqual([56, 55, 54, 53, 52, 51, 50, 49, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
      expect(body.next).toBe('');
      expect(body.previous).toBe('');
      const all = await t.getJson('sysAdmin', '/member-api/v3/files');
      expect(all.body.count).toBe(62);
      expect(all.body.results).toHaveLength(20);
      expect(all.body.next).toBe('/member-api/v3/files?page=2&per_page=20');
    });

    it("answers 403 for another institution's institution_id filter", async () => {
      const { status, body } = await t.getJson('instUser', '/member-api/v3/files?institution_id=3');
      expect(status).toBe(403);
      expect(body).toEqual({ error: 'Permission denied for /member-api/v3/files (institution 3).' });
      expect((await t.getJson('otherInstAdmin', '/member-api/v3/files?institution_id=2')).status).toBe(403);
    });

    describe('filters (exact matches against the fixtures)', () => {
      it('identifier', async () => {
        expect(await ids('instUser', 'identifier=institution1.edu/photos/picture2')).toEqual([2]);
        expect(await ids('otherInstUser', 'identifier=institution1.edu/photos/picture2')).toEqual([]);
        expect(await ids('otherInstUser', `identifier=${encodeURIComponent(FILE_19)}`)).toEqual([19]);
      });

      it('uuid', async () => {
        expect(await ids('instUser', 'uuid=e2bd408c-1958-42f2-a536-b9aa34318f85')).toEqual([2]);
        expect(await ids('sysAdmin', 'uuid=5586f292-7a85-45c3-9436-e42675e347155')).toEqual([32]);
      });

      it('intellectual_object_id', async () => {
        expect(sorted(await ids('instUser', 'intellectual_object_id=3'))).toEqual([7, 8, 9, 10, 49]);
        expect(await ids('otherInstUser', 'intellectual_object_id=3')).toEqual([]);
        expect(sorted(await ids('sysAdmin', 'intellectual_object_id=7'))).toEqual([21, 22, 23]);
      });

      it('intellectual_object_identifier (sent by Preserv; not in the reference allow-list)', async () => {
        expect(sorted(await ids('instUser', 'intellectual_object_identifier=institution1.edu/glass'))).toEqual([7, 8, 9, 10, 49]);
        expect(await ids('otherInstUser', 'intellectual_object_identifier=institution1.edu/glass')).toEqual([]);
        expect(sorted(await ids('sysAdmin', 'intellectual_object_identifier=test.edu/apt-test-restore'))).toEqual([24, 25, 26, 27]);
      });

      it('institution_id', async () => {
        expect(sorted(await ids('instUser', 'institution_id=2'))).toEqual(INST2_FILES);
        expect(sorted(await ids('sysAdmin', 'institution_id=4'))).toEqual(range(21, 27));
        expect(await ids('sysAdmin', 'institution_id=5')).toEqual([]);
      });

      it('state', async () => {
        expect(await ids('instUser', 'state=D')).toEqual([10]);
        expect(sorted(await ids('sysAdmin', 'state=D'))).toEqual([10, 20, 62]);
        expect(await ids('sysAdmin', 'state=A')).toHaveLength(59);
        expect(await ids('otherInstUser', 'state=A')).toHaveLength(35);
      });

      it('storage_option', async () => {
        expect(sorted(await ids('instUser', 'storage_option=Glacier-Deep-OH'))).toEqual([50, 51, 52]);
        expect(sorted(await ids('sysAdmin', 'storage_option=Wasabi-OR'))).toEqual([59, 60, 61]);
        expect(await ids('otherInstUser', 'storage_option=Glacier-Deep-OH')).toEqual([]);
      });

      it('storage_option__in with repeated keys', async () => {
        expect(sorted(await ids('instUser', 'storage_option__in=Glacier-OR&storage_option__in=Wasabi-VA'))).toEqual([53, 54, 55, 56]);
        expect(await ids('sysAdmin', 'storage_option__in=Standard&storage_option__in=Wasabi-OR')).toHaveLength(53);
        expect(sorted(await ids('sysAdmin', 'storage_option__in=Glacier-Deep-VA'))).toEqual([57, 58]);
      });

      it('size__gteq and size__lteq, with 64-bit sizes', async () => {
        expect(await ids('instUser', 'size__gteq=10000000000')).toHaveLength(8);
        expect(await ids('instUser', 'size__lteq=1000000000')).toHaveLength(6);
        expect(sorted(await ids('instUser', 'size__gteq=1000000000&size__lteq=10000000000'))).toEqual([2, 6, 8, 10]);
        expect(await ids('sysAdmin', 'size__gteq=400000000000')).toEqual([14]);
        expect(sorted(await ids('sysAdmin', 'size__lteq=739'))).toEqual([23, 25, 27]);
      });

      it('created_at__gteq and created_at__lteq', async () => {
        expect(await ids('sysAdmin', 'created_at__gteq=2021-01-12T17:14:36Z')).toEqual([19]);
        expect(await ids('instUser', 'created_at__gteq=2021-01-12T17:14:36Z')).toEqual([]);
        expect(sorted(await ids('sysAdmin', 'created_at__lteq=2020-12-31'))).toEqual(range(21, 27));
      });

      it('updated_at__gteq and updated_at__lteq', async () => {
        expect(await ids('instUser', 'updated_at__gteq=2021-01-12T17:15:20Z')).toEqual([56, 55, 54, 53]);
        expect(await ids('instUser', 'updated_at__lteq=2021-01-12T17:14:40Z')).toEqual([6, 5, 4, 3, 2, 1]);
        expect(await ids('otherInstUser', 'updated_at__lteq=2021-01-12T17:14:40Z')).toEqual([19]);
        // An offset is converted to UTC: 12:15:20-05:00 is 17:15:20Z.
        expect(await ids('instUser', 'updated_at__gteq=2021-01-12T12:15:20-05:00')).toEqual([56, 55, 54, 53]);
      });

      it('last_fixity_check__gteq and last_fixity_check__lteq', async () => {
        expect(sorted(await ids('sysAdmin', 'last_fixity_check__gteq=2020-01-01'))).toEqual([21, 22, 24, 26]);
        expect(await ids('instUser', 'last_fixity_check__gteq=2020-01-01')).toEqual([]);
        expect(await ids('sysAdmin', 'last_fixity_check__lteq=2000-01-01T00:00:00Z')).toHaveLength(58);
      });

      it('combines filters with AND', async () => {
        expect(await ids('sysAdmin', 'institution_id=3&state=D&storage_option=Standard')).toEqual([62, 20]);
      });
    });

    it('sorts by any field of the result, in the order the sort keys are given', async () => {
      expect(await ids('instUser', 'sort=identifier__asc&intellectual_object_id=1')).toEqual([1, 2, 3]);
      expect(await ids('instUser', 'sort=size__desc&intellectual_object_id=2')).toEqual([5, 4, 6]);
      expect(await ids('instUser', 'sort=id')).toEqual(INST2_FILES);
      expect(await ids('instUser', 'sort=storage_option__asc&sort=id__desc')).toEqual([52, 51, 50, 54, 53, 49, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 56, 55]);
      expect(await ids('sysAdmin', 'sort=md5__asc&institution_id=4')).toEqual([27, 23, 22, 24, 25, 21, 26]);
      expect((await t.getJson('instUser', '/member-api/v3/files?sort=mtime__desc')).status).toBe(200);
    });

    it('pages with links that keep the other parameters, repeated keys included', async () => {
      const { body } = await t.getJson('instUser', '/member-api/v3/files?per_page=5&page=2&state=A');
      expect(body.count).toBe(17);
      expect(body.results.map((f: FileView) => f.id)).toEqual([51, 50, 49, 9, 8]);
      expect(body.next).toBe('/member-api/v3/files?page=3&per_page=5&state=A');
      expect(body.previous).toBe('/member-api/v3/files?page=1&per_page=5&state=A');

      const last = await t.getJson('instUser', '/member-api/v3/files?storage_option__in=Glacier-OR&storage_option__in=Wasabi-VA&per_page=2&page=2');
      expect(last.body.count).toBe(4);
      expect(last.body.results.map((f: FileView) => f.id)).toEqual([54, 53]);
      expect(last.body.next).toBe('');
      expect(last.body.previous).toBe('/member-api/v3/files?page=1&per_page=2&storage_option__in=Glacier-OR&storage_option__in=Wasabi-VA');
    });

    it('writes the GenericFileView wire format: key order, zero values, latest digests, no storage_records', async () => {
      const { body } = await t.getJson('instUser', '/member-api/v3/files?identifier=institution1.edu/photos/picture1');
      expect(body.count).toBe(1);
      const file = body.results[0];
      expect(Object.keys(file)).toEqual([
        'id', 'file_format', 'size', 'identifier', 'intellectual_object_id', 'object_identifier', 'access', 'state', 'last_fixity_check',
        'institution_id', 'institution_name', 'institution_identifier', 'storage_option', 'uuid', 'mtime', 'md5', 'sha1', 'sha256', 'sha512',
        'created_at', 'updated_at',
      ]);
      expect(file).toEqual({
        id: 1,
        file_format: 'image/jpeg',
        size: 243_855_000,
        identifier: 'institution1.edu/photos/picture1',
        intellectual_object_id: 1,
        object_identifier: 'institution1.edu/photos',
        access: 'institution',
        state: 'A',
        last_fixity_check: '2000-01-01T00:00:00Z',
        institution_id: 2,
        institution_name: 'Institution One',
        institution_identifier: 'institution1.edu',
        storage_option: 'Standard',
        uuid: '25452f41-1b18-47b7-b334-751dfd5d011e',
        mtime: '0001-01-01T00:00:00Z',
        md5: '12345678',
        sha1: '',
        sha256: '9876543210',
        sha512: '',
        created_at: '2021-01-12T17:14:35Z',
        updated_at: '2021-01-12T17:14:35Z',
      });
    });

    it('rejects unknown and malformed parameters with 400 naming them', async () => {
      const unknown = await t.getJson('instUser', '/member-api/v3/files?foo=1&object_identifier=institution1.edu/glass');
      expect(unknown.status).toBe(400);
      expect(unknown.body.StatusCode).toBe(400);
      expect(unknown.body.Error).toContain('Invalid query params: ');
      expect(unknown.body.Error).toMatch(/foo/);
      expect(unknown.body.Error).toMatch(/object_identifier/);
      for (const query of [
        'size__gt=1', 'identifier__starts_with=institution1.edu', 'storage_option__not_in=Standard', 'file_format=image/jpeg', 'md5=12345678',
        'size__gteq=big', 'intellectual_object_id=three', 'created_at__gteq=yesterday', 'last_fixity_check__lteq=2021-02-30',
        'sort=nope__asc', 'sort=mod_time', 'sort=mod_time__desc', 'sort=',
      ]) {
        const { status, body } = await t.getJson('instUser', `/member-api/v3/files?${query}`);
        expect({ query, status, code: body.StatusCode }).toEqual({ query, status: 400, code: 400 });
      }
    });
  });

  describe('GET /member-api/v3/files/show/*', () => {
    it('requires API credentials', async () => {
      expect((await t.getJson('anonymous', '/member-api/v3/files/show/1')).status).toBe(401);
      expect((await t.getJson('inactiveUser', '/member-api/v3/files/show/1')).status).toBe(401);
    });

    it('shows the full GenericFile with events (date_time desc), checksums (created_at desc) and storage records', async () => {
      const { status, body } = await t.getJson('instUser', '/member-api/v3/files/show/1');
      expect(status).toBe(200);
      expect(Object.keys(body)).toEqual([
        'id', 'created_at', 'updated_at', 'file_format', 'size', 'identifier', 'intellectual_object_id', 'state', 'last_fixity_check',
        'institution_id', 'storage_option', 'uuid', 'premis_events', 'checksums', 'storage_records', 'mtime',
      ]);
      expect(body).toMatchObject({
        id: 1,
        created_at: '2021-01-12T17:14:35Z',
        updated_at: '2021-01-12T17:14:35Z',
        file_format: 'image/jpeg',
        size: 243_855_000,
        identifier: 'institution1.edu/photos/picture1',
        intellectual_object_id: 1,
        state: 'A',
        last_fixity_check: '2000-01-01T00:00:00Z',
        institution_id: 2,
        storage_option: 'Standard',
        uuid: '25452f41-1b18-47b7-b334-751dfd5d011e',
        mtime: '0001-01-01T00:00:00Z',
      });

      expect(body.premis_events.map((e: { id: number }) => e.id)).toEqual([31, 22, 13, 4]);
      const dates = body.premis_events.map((e: { date_time: string }) => e.date_time);
      expect(dates).toEqual([...dates].sort().reverse());
      expect(Object.keys(body.premis_events[0])).toEqual([
        'id', 'created_at', 'updated_at', 'agent', 'date_time', 'detail', 'event_type', 'generic_file_id', 'identifier', 'institution_id',
        'intellectual_object_id', 'object', 'old_uuid', 'outcome', 'outcome_detail', 'outcome_information',
      ]);
      expect(body.premis_events[0]).toEqual({
        id: 31,
        created_at: '2016-08-26T18:53:32Z',
        updated_at: '2016-08-26T18:53:32Z',
        agent: 'https://github.com/APTrust/exchange',
        date_time: '2016-08-26T18:53:32Z',
        detail: 'Calculated new fixity value',
        event_type: 'message digest calculation',
        generic_file_id: 1,
        identifier: 'e2b0e887-d54d-4fd2-b4bc-71ea9311afd5',
        institution_id: 2,
        intellectual_object_id: 1,
        object: 'SHA-256 thingy',
        old_uuid: '',
        outcome: 'Success',
        outcome_detail: '12e6a5fc3c144b31bcf1d781912beb00',
        outcome_information: 'New fixididdly',
      });

      expect(body.checksums).toEqual([
        { id: 2, created_at: '2021-01-12T17:14:36Z', updated_at: '2021-01-12T17:14:36Z', algorithm: 'sha256', datetime: '2020-03-04T20:07:43Z', digest: '9876543210', generic_file_id: 1 },
        { id: 1, created_at: '2021-01-12T17:14:35Z', updated_at: '2021-01-12T17:14:35Z', algorithm: 'md5', datetime: '2020-03-04T20:07:42Z', digest: '12345678', generic_file_id: 1 },
      ]);
      expect(Object.keys(body.checksums[0])).toEqual(['id', 'created_at', 'updated_at', 'algorithm', 'datetime', 'digest', 'generic_file_id']);

      expect(body.storage_records).toEqual([
        { id: 1, generic_file_id: 1, url: 'https://localhost:9899/preservation-va/25452f41-1b18-47b7-b334-751dfd5d011e' },
        { id: 2, generic_file_id: 1, url: 'https://localhost:9899/preservation-or/25452f41-1b18-47b7-b334-751dfd5d011e' },
      ]);
      expect(Object.keys(body.storage_records[0])).toEqual(['id', 'generic_file_id', 'url']);
    });

    it('writes [] for relations that are loaded but empty', async () => {
      const { body } = await t.getJson('instAdmin', '/member-api/v3/files/show/50');
      expect(body.premis_events).toEqual([]);
      expect(body.checksums).toEqual([]);
      expect(body.storage_records).toEqual([
        { id: 77, generic_file_id: 50, url: 'https://s3.amazonaws.com/aptrust.preservation.glacier-deep-oh/dfc4adf6-1501-4286-b580-ca664bebc014' },
      ]);
      expect(body.storage_option).toBe('Glacier-Deep-OH');
    });

    it('shows deleted files', async () => {
      const { status, body } = await t.getJson('instUser', '/member-api/v3/files/show/10');
      expect(status).toBe(200);
      expect(body.state).toBe('D');
      expect(body.premis_events.map((e: { id: number }) => e.id)).toEqual([35, 17]);
    });

    it('shows a file by percent-encoded identifier, and with literal slashes', async () => {
      const byId = await t.getJson('instUser', '/member-api/v3/files/show/1');
      const encoded = await t.getJson('instUser', `/member-api/v3/files/show/${encodeURIComponent('institution1.edu/photos/picture1')}`);
      expect(encoded).toEqual(byId);
      const slashes = await t.getJson('instUser', '/member-api/v3/files/show/institution1.edu/photos/picture1');
      expect(slashes).toEqual(byId);
    });

    it('shows a file whose identifier has spaces, "&" and a typographic apostrophe', async () => {
      const { status, body } = await t.getJson('otherInstUser', `/member-api/v3/files/show/${encodeURIComponent(FILE_19)}`);
      expect(status).toBe(200);
      expect(body.id).toBe(19);
      expect(body.identifier).toBe(FILE_19);
      expect(body.created_at).toBe('2021-01-12T17:14:53Z');
      expect(body.storage_records.map((s: { id: number }) => s.id)).toEqual([37, 38]);
      const partlyEncoded = await t.getJson('otherInstUser', `/member-api/v3/files/show/institution2.edu/toads/${encodeURIComponent(FILE_19.split('/')[2])}`);
      expect(partlyEncoded.body).toEqual(body);
    });

    it('lets a sys admin see any institution’s file', async () => {
      const { status, body } = await t.getJson('sysAdmin', '/member-api/v3/files/show/14');
      expect(status).toBe(200);
      expect(body.size).toBe(443_737_370_000);
      expect(body.premis_events.map((e: { id: number }) => e.id)).toEqual([19, 1]);
    });

    it("answers 403 for another institution's file, by id and by identifier", async () => {
      const foreign = await t.getJson('instUser', '/member-api/v3/files/show/11');
      expect(foreign).toEqual({ status: 403, body: { error: 'Permission denied for /member-api/v3/files/show/*id (institution 3).' } });
      expect((await t.getJson('instUser', `/member-api/v3/files/show/${encodeURIComponent(FILE_19)}`)).status).toBe(403);
      expect((await t.getJson('otherInstUser', '/member-api/v3/files/show/institution1.edu%2Fphotos%2Fpicture1')).status).toBe(403);
    });

    it('answers 404 for a missing id or identifier', async () => {
      const missing = await t.getJson('instUser', '/member-api/v3/files/show/99999');
      expect(missing).toEqual({ status: 404, body: { error: 'Not found: /member-api/v3/files/show/99999' } });
      const unknown = await t.getJson('instUser', '/member-api/v3/files/show/institution1.edu%2Fphotos%2Fnothing');
      expect(unknown).toEqual({ status: 404, body: { error: 'Not found: /member-api/v3/files/show/institution1.edu%2Fphotos%2Fnothing' } });
    });
  });
});
