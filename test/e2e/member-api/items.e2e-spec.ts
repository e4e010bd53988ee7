import { createTestApp, type Persona, type TestApp } from '../../support/test-app.js';

const ITEMS = '/member-api/v3/items';
const PROFILE = 'https://example.com/profile.json';

interface ItemJson {
  id: number;
  institution_id: number;
  [key: string]: unknown;
}

describe('member API: work items', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    // The fixtures have the same user, node, size, queue time and review flag on every item; vary a few
    // rows so that those filters have something to tell apart.
    await t.db.dataSource.query(`
      UPDATE work_items SET node = 'worker-7', pid = 4242, needs_admin_review = true, size = 1000, queued_at = NULL,
        "user" = 'user@inst1.edu', stage_started_at = '2016-08-30 15:42:00.123456'
      WHERE id = 1`);
    await t.db.dataSource.query(`UPDATE work_items SET size = 5000, queued_at = NULL WHERE id = 2`);
    await t.db.dataSource.query(`UPDATE work_items SET size = 250000 WHERE id = 22`);
    await t.db.dataSource.query(`UPDATE work_items SET "user" = 'user@inst2.edu' WHERE id = 11`);
  });
  afterAll(async () => {
    await t.close();
  });

  const list = async (persona: Persona, query = '') => {
    const { status, body } = await t.getJson(persona, `${ITEMS}${query ? `?${query}` : ''}`);
    expect(status).toBe(200);
    return body as { count: number; next: string; previous: string; results: ItemJson[]; items: ItemJson[] };
  };
  const ids = (results: ItemJson[]) => results.map((i) => i.id);

  describe(`GET ${ITEMS}`, () => {
    it('requires API credentials', async () => {
      const { status, body } = await t.getJson('anonymous', ITEMS);
      expect(status).toBe(401);
      expect(body).toEqual({ StatusCode: 401, Error: 'API credentials are missing or invalid.' });
    });

    it('refuses a wrong key and a deactivated user', async () => {
      const wrong = await t.request('instUser', { url: ITEMS, headers: { 'x-pharos-api-key': 'wrong' } });
      expect(wrong.statusCode).toBe(401);
      expect((await t.getJson('inactiveUser', ITEMS)).status).toBe(401);
    });

    it.each<[Persona, number, number]>([
      ['instUser', 2, 16],
      ['instAdmin', 2, 16],
      ['otherInstUser', 3, 17],
      ['otherInstAdmin', 3, 17],
    ])("shows %s only institution %i's items", async (persona, institutionId, count) => {
      const body = await list(persona, 'per_page=100');
      expect(body.count).toBe(count);
      expect(body.results).toHaveLength(count);
      expect(new Set(body.results.map((i) => i.institution_id))).toEqual(new Set([institutionId]));
    });

    it('shows a sys admin every institution', async () => {
      expect((await list('sysAdmin', 'per_page=100')).count).toBe(33);
      expect((await list('sysAdmin', 'institution_id=3')).count).toBe(17);
      expect((await list('sysAdmin', 'institution_id=1')).count).toBe(0);
    });

    it('sorts by updated_at descending by default, then by id descending', async () => {
      const first = await list('instUser', 'per_page=10');
      expect(first.count).toBe(16);
      expect(ids(first.results)).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
      expect(first.items).toEqual(first.results);
      expect(first.previous).toBe('');
      expect(first.next).toBe(`${ITEMS}?page=2&per_page=10`);

      const second = await list('instUser', 'per_page=10&page=2');
      expect(ids(second.results)).toEqual([32, 31, 30, 25, 23, 22]);
      expect(second.previous).toBe(`${ITEMS}?page=1&per_page=10`);
      expect(second.next).toBe('');
    });

    it('sorts by the requested fields and directions, the quoted user column included', async () => {
      expect(ids((await list('instUser', 'sort=updated_at__asc&per_page=3')).results)).toEqual([22, 23, 25]);
      expect(ids((await list('instUser', 'sort=user__desc&per_page=2')).results)).toEqual([1, 32]);
      expect(ids((await list('instUser', 'sort=user__asc&sort=id__asc&per_page=2')).results)).toEqual([2, 3]);
      expect(ids((await list('instUser', 'sort=size__asc&per_page=3')).results)).toEqual([1, 2, 22]);
      expect(ids((await list('instUser', 'sort=action__desc&sort=id__asc&per_page=3')).results)).toEqual([31, 32, 1]);
      expect(ids((await list('otherInstUser', 'sort=stage&sort=name__desc&per_page=3')).results)).toEqual([33, 21, 24]);
      const byObject = (await list('instUser', 'sort=object_identifier__asc&sort=id__asc&per_page=16')).results;
      expect(byObject.slice(0, 6).map((i) => i.object_identifier)).toEqual([
        'institution1.edu/glass', 'institution1.edu/pdfs', 'institution1.edu/photos', 'institution1.edu/photos', 'institution1.edu/photos', 'institution1.edu/photos',
      ]);
    });

    it.each<[Persona, string, number]>([
      ['instUser', 'action=Ingest', 13],
      ['instUser', 'action=Delete', 1],
      ['instUser', 'action=Restore+Object', 2],
      ['instUser', 'action=Restore%20Object', 2],
      ['otherInstUser', 'action=Restore+File', 1],
      ['instUser', 'action__in=Restore+Object&action__in=Ingest', 15],
      ['otherInstUser', 'action__in=Restore+Object&action__in=Ingest', 16],
      ['instUser', 'action__in=Delete&action__in=Restore+File', 1],
      ['instUser', 'action__in=Ingest,Delete', 0],
      ['instUser', 'alt_identifier=photos_from_the_1960s', 4],
      ['otherInstUser', 'alt_identifier=mmm_chocolate', 4],
      ['instUser', 'bag_date__gteq=2016-08-25', 10],
      ['instUser', 'bag_date__lteq=2016-08-24T23:59:59Z', 6],
      ['otherInstUser', 'bag_date__gteq=2016-08-24T10:04:06Z&bag_date__lteq=2016-08-24T10:04:06Z', 7],
      ['instUser', 'bag_group_identifier=carolina-1', 5],
      ['instUser', 'bag_group_identifier=carolina-2', 1],
      ['instUser', `bagit_profile_identifier=${encodeURIComponent(PROFILE)}`, 6],
      ['otherInstUser', `bagit_profile_identifier=${PROFILE}`, 7],
      ['instUser', 'bucket=aptrust.receiving.institution1.edu', 16],
      ['otherInstUser', 'bucket=aptrust.receiving.institution1.edu', 1],
      ['otherInstUser', 'bucket=aptrust.receiving.institution2.edu', 16],
      ['instUser', 'date_processed__gteq=2016-08-25T20:04:26Z', 10],
      ['instUser', 'date_processed__lteq=2016-08-24T10:12:26Z', 6],
      ['instUser', 'date_processed__lteq=2016-08-24T10:12:25Z', 0],
      ['instUser', 'etag=1f594a4e5bb944e59c74aefe781a3726', 3],
      ['instUser', 'etag=1.01010101010101E%2B018', 1],
      ['otherInstUser', 'etag=9990fff84939474aa6f5f77bf56fb8c8', 2],
      ['instUser', 'generic_file_id=49', 1],
      ['otherInstUser', 'generic_file_id=49', 0],
      ['instUser', 'generic_file_id__is_null=true', 15],
      ['instUser', 'generic_file_id__is_null=false', 1],
      ['instUser', 'generic_file_identifier=institution1.edu/glass/shard5-pending-restoration', 1],
      ['otherInstUser', 'generic_file_identifier=institution2.edu%2Ftoads%2Ftoad10', 1],
      ['instUser', 'institution_id=2', 16],
      ['otherInstAdmin', 'institution_id=3', 17],
      ['instUser', 'intellectual_object_id=1', 4],
      ['otherInstUser', 'intellectual_object_id=4', 4],
      ['instUser', 'intellectual_object_id__is_null=true', 10],
      ['instUser', 'intellectual_object_id__is_null=false', 6],
      ['instUser', 'name=photos.tar', 3],
      ['otherInstUser', 'name=toads.tar', 2],
      ['instUser', 'needs_admin_review=true', 1],
      ['instUser', 'needs_admin_review=false', 15],
      ['otherInstUser', 'needs_admin_review=true', 0],
      ['instUser', 'node__is_null=true', 15],
      ['instUser', 'node__is_null=false', 1],
      ['instUser', 'node__not_null=true', 1],
      ['instUser', 'node__not_null=false', 15],
      ['instUser', 'object_identifier=institution1.edu/photos', 4],
      ['otherInstUser', 'object_identifier=institution2.edu%2Fchocolate', 4],
      ['instUser', 'queued_at__is_null=true', 2],
      ['instUser', 'queued_at__is_null=false', 14],
      ['instUser', 'queued_at__not_null=true', 14],
      ['otherInstUser', 'queued_at__not_null=true', 17],
      ['instUser', 'retry=true', 10],
      ['instUser', 'retry=false', 6],
      ['otherInstUser', 'retry=false', 7],
      ['instUser', 'size__gteq=5000', 2],
      ['instUser', 'size__lteq=5000', 2],
      ['instUser', 'size__gteq=1000&size__lteq=1000', 1],
      ['otherInstUser', 'size__gteq=0', 0],
      ['instUser', 'stage=Receive', 10],
      ['otherInstUser', 'stage=Format+Identification', 1],
      ['instUser', 'stage__in=Cleanup&stage__in=Requested', 6],
      ['otherInstUser', 'stage__in=Record&stage__in=Format+Identification&stage__in=Cleanup', 7],
      ['instUser', 'status=Success', 5],
      ['instUser', 'status=Pending', 11],
      ['otherInstUser', 'status=Pending', 13],
      ['instUser', 'status__in=Success&status__in=Pending', 16],
      ['instUser', 'status__in=Failed&status__in=Cancelled', 0],
      ['instUser', 'storage_option=Standard', 6],
      ['instUser', 'storage_option=Glacier-OR', 0],
      ['instUser', 'user=user@inst1.edu', 1],
      ['instUser', 'user=user%40inst1.edu', 1],
      ['instUser', 'user=system@aptrust.org', 15],
      ['instUser', 'user=user@inst2.edu', 0],
      ['otherInstUser', 'user=user@inst2.edu', 1],
      ['instUser', 'action=Ingest&status=Pending&intellectual_object_id__is_null=true', 10],
      ['instUser', 'action=', 16],
    ])('%s: ?%s counts %i', async (persona, query, count) => {
      const body = await list(persona, `${query}&per_page=100`);
      expect(body.count).toBe(count);
      expect(body.results).toHaveLength(count);
    });

    it('applies the filters to the rows, not only to the count', async () => {
      const restores = await list('instUser', 'action__in=Restore+Object&action__in=Delete');
      expect(ids(restores.results)).toEqual([32, 31, 30]);
      expect(ids((await list('instUser', 'user=user@inst1.edu')).results)).toEqual([1]);
      expect(ids((await list('instUser', 'queued_at__is_null=true')).results)).toEqual([2, 1]);
      expect(ids((await list('instUser', 'stage__in=Cleanup&stage__in=Requested&status=Success')).results)).toEqual([31, 30, 25, 23, 22]);
    });

    it('keeps form-encoded and repeated values in the paging links', async () => {
      const body = await list('instUser', 'action__in=Restore+Object&action__in=Ingest&per_page=4&page=2');
      expect(body.count).toBe(15);
      expect(ids(body.results)).toEqual([6, 5, 4, 3]);
      expect(body.next).toBe(`${ITEMS}?action__in=Restore+Object&action__in=Ingest&page=3&per_page=4`);
      expect(body.previous).toBe(`${ITEMS}?action__in=Restore+Object&action__in=Ingest&page=1&per_page=4`);
    });

    it('counts beyond the page, with and without the row counter', async () => {
      const ingests = await list('instUser', 'action=Ingest&per_page=5');
      expect(ingests.count).toBe(13);
      expect(ids(ingests.results)).toEqual([10, 9, 8, 7, 6]);
      expect((await list('otherInstUser', 'action=Ingest&institution_id=3&per_page=1')).count).toBe(16);
      expect((await list('sysAdmin', 'action=Ingest&per_page=1')).count).toBe(29);
      expect((await list('sysAdmin', 'per_page=1')).count).toBe(33);
      expect((await list('instUser', 'retry=true&per_page=1')).count).toBe(10);
    });

    it("answers 403 for another institution's institution_id filter", async () => {
      const { status, body } = await t.getJson('instUser', `${ITEMS}?institution_id=3`);
      expect(status).toBe(403);
      expect(body).toEqual({ error: `Permission denied for ${ITEMS} (institution 3).` });
      expect((await t.getJson('otherInstAdmin', `${ITEMS}?institution_id=2`)).status).toBe(403);
      // Any parsable number is checked, as in the reference: a negative or ten-digit one is nobody's institution.
      expect((await t.getJson('instUser', `${ITEMS}?institution_id=-2`)).status).toBe(403);
      expect((await t.getJson('instUser', `${ITEMS}?institution_id=2147483648`)).status).toBe(403);
      expect((await t.getJson('instUser', `${ITEMS}?institution_id=two`)).status).toBe(400);
    });

    it("escapes <, > and & in JSON strings as Go's encoder does", async () => {
      await t.db.dataSource.query(`UPDATE work_items SET note = 'Restored to https://s3.example.com/b?x=1&y=<2>' WHERE id = 3`);
      const response = await t.request('instUser', `${ITEMS}/show/3`);
      expect(response.body).toContain('"note":"Restored to https://s3.example.com/b?x=1\\u0026y=\\u003c2\\u003e"');
      expect(response.json().note).toBe('Restored to https://s3.example.com/b?x=1&y=<2>');
    });

    it('reads an id in the query string as the record the request addresses, as the reference does', async () => {
      const missing = await t.getJson('instUser', `${ITEMS}?id=999999`);
      expect(missing).toEqual({ status: 404, body: { error: `Not found: ${ITEMS}?id=999999` } });
      const [foreign] = await t.db.dataSource.query(`SELECT id FROM work_items WHERE institution_id = 3 ORDER BY id LIMIT 1`);
      expect((await t.getJson('instUser', `${ITEMS}?id=${foreign.id}`)).status).toBe(403);
    });

    it('writes the wire format in the reference key order', async () => {
      const body = await list('instUser', 'generic_file_id=49');
      const item = body.results[0];
      expect(Object.keys(item)).toEqual([
        'id', 'name', 'etag', 'institution_id', 'institution_name', 'institution_identifier', 'intellectual_object_id', 'object_identifier',
        'alt_identifier', 'bag_group_identifier', 'storage_option', 'bagit_profile_identifier', 'source_organization', 'internal_sender_identifier',
        'generic_file_id', 'generic_file_identifier', 'bucket', 'user', 'note', 'action', 'stage', 'status', 'outcome', 'bag_date', 'date_processed',
        'retry', 'node', 'pid', 'needs_admin_review', 'queued_at', 'size', 'stage_started_at', 'aptrust_approver', 'inst_approver',
        'deletion_request_id', 'created_at', 'updated_at',
      ]);
      expect(item).toEqual({
        id: 32,
        name: 'glass.tar',
        etag: 'dba34a4e5bb944e59c74aefe781a0891',
        institution_id: 2,
        institution_name: 'Institution One',
        institution_identifier: 'institution1.edu',
        intellectual_object_id: 1,
        object_identifier: 'institution1.edu/photos',
        alt_identifier: 'photos_from_the_1960s',
        bag_group_identifier: 'carolina-1',
        storage_option: 'Standard',
        bagit_profile_identifier: PROFILE,
        source_organization: 'Institution One',
        internal_sender_identifier: 'First internal identifier',
        generic_file_id: 49,
        generic_file_identifier: 'institution1.edu/glass/shard5-pending-restoration',
        bucket: 'aptrust.receiving.institution1.edu',
        user: 'system@aptrust.org',
        note: 'Restoration requested',
        action: 'Restore Object',
        stage: 'Requested',
        status: 'Pending',
        outcome: "Ned Flanders? You're the devil?",
        bag_date: '2016-08-24T10:04:06Z',
        date_processed: '2016-08-24T10:12:26Z',
        retry: false,
        node: '',
        pid: 0,
        needs_admin_review: false,
        queued_at: '2016-08-30T15:41:45Z',
        size: 0,
        stage_started_at: '0001-01-01T00:00:00Z',
        aptrust_approver: '',
        inst_approver: '',
        deletion_request_id: 0,
        created_at: '2016-08-20T16:01:59Z',
        updated_at: '2016-08-20T16:01:59Z',
      });
    });

    it('writes zero values for an ingest without an object', async () => {
      const body = await list('instUser', 'name=fake_bag_03.tar');
      expect(body.results[0]).toMatchObject({
        id: 3, intellectual_object_id: 0, object_identifier: '', alt_identifier: '', storage_option: '', bagit_profile_identifier: '',
        generic_file_id: 0, generic_file_identifier: '', retry: true, size: 0, etag: '3.03030303030303E+018',
      });
    });

    it.each([
      ['an unknown filter', 'foo=1', /Invalid query params: foo/],
      ['an id filter', 'id=2', /Invalid query params: id/],
      ['a column of the view that is not a filter', 'note=x', /Invalid query params: note/],
      ['the YAML-only node__is_not_null', 'node__is_not_null=true', /node__is_not_null/],
      ['the YAML-only queued_at__is_not_null', 'queued_at__is_not_null=true', /queued_at__is_not_null/],
      ['an operator the endpoint does not allow', 'user__contains=inst', /user__contains/],
      ['not_in', 'stage__not_in=Receive', /stage__not_in/],
      ['a non-boolean flag', 'retry=yes', /retry/],
      ['a non-integer size', 'size__gteq=big', /size__gteq/],
      ['a non-integer id', 'intellectual_object_id=one', /intellectual_object_id/],
      ['a bad timestamp', 'bag_date__gteq=2016-13-01', /bag_date__gteq/],
      ['the YAML-advertised identifier sort (no such column)', 'sort=identifier__asc', /sort/],
      ['an unknown sort field', 'sort=nope', /sort/],
    ])('answers 400 for %s', async (_, query, message) => {
      const { status, body } = await t.getJson('instUser', `${ITEMS}?${query}`);
      expect(status).toBe(400);
      expect(body.StatusCode).toBe(400);
      expect(body.Error).toMatch(message);
    });
  });

  describe(`GET ${ITEMS}/show/:id`, () => {
    it('shows an item by id, as the list does', async () => {
      const { status, body } = await t.getJson('instUser', `${ITEMS}/show/32`);
      expect(status).toBe(200);
      expect(body).toEqual((await list('instUser', 'generic_file_id=49')).results[0]);
      expect((await t.getJson('instAdmin', `${ITEMS}/show/32`)).body).toEqual(body);
    });

    it('keeps microseconds and the varied columns', async () => {
      const { body } = await t.getJson('instAdmin', `${ITEMS}/show/1`);
      expect(body).toMatchObject({
        id: 1, user: 'user@inst1.edu', node: 'worker-7', pid: 4242, needs_admin_review: true, size: 1000,
        queued_at: '0001-01-01T00:00:00Z', stage_started_at: '2016-08-30T15:42:00.123456Z',
      });
    });

    it('shows any item to a sys admin', async () => {
      const { status, body } = await t.getJson('sysAdmin', `${ITEMS}/show/33`);
      expect(status).toBe(200);
      expect(body).toMatchObject({ id: 33, institution_id: 3, action: 'Restore File', generic_file_identifier: 'institution2.edu/toads/toad10' });
    });

    it("answers 403 for another institution's item", async () => {
      expect(await t.getJson('instUser', `${ITEMS}/show/11`)).toEqual({ status: 403, body: { error: `Permission denied for ${ITEMS}/show/:id (institution 3).` } });
      expect((await t.getJson('otherInstUser', `${ITEMS}/show/1`)).status).toBe(403);
    });

    it('answers 404 for a missing id, and for an identifier (items take only ids)', async () => {
      expect(await t.getJson('instUser', `${ITEMS}/show/99999`)).toEqual({ status: 404, body: { error: `Not found: ${ITEMS}/show/99999` } });
      expect(await t.getJson('instUser', `${ITEMS}/show/photos.tar`)).toEqual({
        status: 404,
        body: { error: `Missing authorization check for ${ITEMS}/show/photos.tar` },
      });
      // Ids parse as the reference's ParseInt does: a negative one is an id nobody has, 0 is an identifier.
      expect(await t.getJson('instUser', `${ITEMS}/show/-1`)).toEqual({ status: 404, body: { error: `Not found: ${ITEMS}/show/-1` } });
      expect(await t.getJson('instUser', `${ITEMS}/show/9223372036854775807`)).toEqual({ status: 404, body: { error: `Not found: ${ITEMS}/show/9223372036854775807` } });
      expect(await t.getJson('instUser', `${ITEMS}/show/0`)).toEqual({ status: 404, body: { error: `Missing authorization check for ${ITEMS}/show/0` } });
      expect(await t.getJson('sysAdmin', `${ITEMS}/show/-1`)).toEqual({ status: 404, body: { error: `Not found: ${ITEMS}/show/-1` } });
    });

    it('answers 403 to non-admins for an item that belongs to no institution', async () => {
      const [{ id }] = await t.db.dataSource.query(
        `INSERT INTO work_items (name, etag, bucket, "user", action, stage, status, note, outcome, bag_date, date_processed, retry, created_at, updated_at)
         VALUES ('orphan.tar', 'e', 'b', 'u', 'Ingest', 'Receive', 'Pending', 'n', 'o', now(), now(), true, now(), now()) RETURNING id`,
      );
      expect(await t.getJson('instUser', `${ITEMS}/show/${id}`)).toEqual({ status: 403, body: { error: `Permission denied for ${ITEMS}/show/:id (institution 0).` } });
      expect((await t.getJson('sysAdmin', `${ITEMS}/show/${id}`)).status).toBe(200);
    });

    it('requires API credentials', async () => {
      expect((await t.getJson('anonymous', `${ITEMS}/show/1`)).status).toBe(401);
      expect((await t.getJson('inactiveUser', `${ITEMS}/show/1`)).status).toBe(401);
    });
  });
});
