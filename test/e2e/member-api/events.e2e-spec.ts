import { createTestApp, type Persona, type TestApp } from '../../support/test-app.js';

const EVENTS = '/member-api/v3/events';
/** File 19 of institution 3, with spaces, `&` and U+2019. */
const AWKWARD_FILE = 'institution2.edu/toads/Prakash_ 39 Harv. J.L. & Pub. Pol’y 341 .pdf';
/** As a form encoder writes it: spaces as `+`. */
const AWKWARD_FILE_FORM = 'institution2.edu%2Ftoads%2FPrakash_+39+Harv.+J.L.+%26+Pub.+Pol%E2%80%99y+341+.pdf';

interface EventJson {
  id: number;
  institution_id: number;
  date_time: string;
  [key: string]: unknown;
}

describe('member API: events', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const list = async (persona: Persona, query = '') => {
    const { status, body } = await t.getJson(persona, `${EVENTS}${query ? `?${query}` : ''}`);
    expect(status).toBe(200);
    return body as { count: number; next: string; previous: string; results: EventJson[]; items: EventJson[] };
  };
  const ids = (results: EventJson[]) => results.map((e) => e.id);

  describe(`GET ${EVENTS}`, () => {
    it('requires API credentials', async () => {
      const { status, body } = await t.getJson('anonymous', EVENTS);
      expect(status).toBe(401);
      expect(body).toEqual({ StatusCode: 401, Error: 'API credentials are missing or invalid.' });
    });

    it('refuses a wrong key and a deactivated user', async () => {
      const wrong = await t.request('instUser', { url: EVENTS, headers: { 'x-pharos-api-key': 'wrong' } });
      expect(wrong.statusCode).toBe(401);
      expect((await t.getJson('inactiveUser', EVENTS)).status).toBe(401);
    });

    it.each<[Persona, number, number]>([
      ['instUser', 2, 27],
      ['instAdmin', 2, 27],
      ['otherInstUser', 3, 27],
      ['otherInstAdmin', 3, 27],
    ])("shows %s only institution %i's events", async (persona, institutionId, count) => {
      const body = await list(persona, 'per_page=100');
      expect(body.count).toBe(count);
      expect(body.results).toHaveLength(count);
      expect(new Set(body.results.map((e) => e.institution_id))).toEqual(new Set([institutionId]));
    });

    it('shows a sys admin every institution', async () => {
      expect((await list('sysAdmin', 'per_page=100')).count).toBe(54);
      expect((await list('sysAdmin', 'institution_id=3')).count).toBe(27);
      expect((await list('sysAdmin', 'institution_id=4')).count).toBe(0);
    });

    it('sorts by date_time descending by default, then by id descending', async () => {
      const first = await list('instUser');
      expect(first.count).toBe(27);
      expect(ids(first.results)).toEqual([39, 38, 37, 35, 34, 33, 31, 30, 29, 27, 25, 23, 22, 21, 20, 17, 16, 15, 13, 12]);
      expect(first.items).toEqual(first.results);
      expect(first.previous).toBe('');
      expect(first.next).toBe(`${EVENTS}?page=2&per_page=20`);

      const second = await list('instUser', 'page=2');
      expect(ids(second.results)).toEqual([11, 9, 7, 5, 4, 3, 2]);
      expect(second.previous).toBe(`${EVENTS}?page=1&per_page=20`);
      expect(second.next).toBe('');
    });

    it('sorts by the requested fields and directions', async () => {
      expect(ids((await list('instUser', 'sort=date_time__asc&per_page=3')).results)).toEqual([2, 3, 4]);
      expect(ids((await list('otherInstUser', 'sort=date_time&per_page=2')).results)).toEqual([1, 6]);
      expect(ids((await list('instUser', 'sort=generic_file_id__desc&sort=id__asc&per_page=4')).results)).toEqual([37, 38, 39, 7]);
      const byIdentifier = (await list('instUser', 'sort=identifier__asc&per_page=100')).results.map((e) => e.identifier as string);
      expect(byIdentifier).toHaveLength(27);
      expect(byIdentifier).toEqual([...byIdentifier].sort());
      expect(byIdentifier[0]).toBe('20dd5b2c-64bf-4561-8ce7-e62614845cfe');
      const byType = await list('otherInstUser', 'sort=event_type__desc&sort=date_time__desc&per_page=2');
      expect(ids(byType.results)).toEqual([36, 32]);
    });

    it.each<[Persona, string, number]>([
      ['instUser', 'date_time__gteq=2016-08-26T18:50:00Z', 15],
      ['otherInstUser', 'date_time__gteq=2016-08-26T18:50:00Z', 21],
      ['otherInstUser', 'date_time__gteq=2016-08-27', 12],
      ['instUser', 'date_time__gteq=2016-08-26T20:50:00%2B02:00', 15],
      ['instUser', 'date_time__lteq=2016-08-26T18:47:20Z', 12],
      ['otherInstUser', 'date_time__lteq=2016-08-26T18:47:20Z', 6],
      ['otherInstUser', 'date_time__gteq=2016-09-01&date_time__lteq=2016-09-06T18:53:32Z', 6],
      ['instUser', 'event_type=ingestion', 15],
      ['otherInstUser', 'event_type=ingestion', 20],
      ['instUser', 'event_type=message+digest+calculation', 12],
      ['instUser', 'event_type=message%20digest%20calculation', 12],
      ['otherInstUser', 'event_type=message+digest+calculation', 6],
      ['instUser', 'event_type=deletion', 0],
      ['otherInstUser', 'event_type=deletion', 1],
      ['instUser', 'generic_file_id=3', 4],
      ['otherInstUser', 'generic_file_id=14', 2],
      ['otherInstUser', 'generic_file_id=3', 0],
      ['instUser', 'generic_file_id__is_null=true', 3],
      ['instUser', 'generic_file_id__is_null=false', 24],
      ['otherInstUser', 'generic_file_id__is_null=true', 15],
      ['otherInstUser', 'generic_file_id__is_null=false', 12],
      ['instUser', 'generic_file_identifier=institution1.edu/photos/picture3', 4],
      ['instUser', 'generic_file_identifier=institution1.edu%2Fphotos%2Fpicture3', 4],
      ['instUser', 'generic_file_identifier=institution2.edu/toads/toad1', 1],
      ['otherInstUser', 'generic_file_identifier=institution2.edu/toads/toad1', 2],
      ['instUser', 'identifier=6e9e665a-4f7e-41f4-9594-d511f9fc1edf', 1],
      ['otherInstUser', 'identifier=6e9e665a-4f7e-41f4-9594-d511f9fc1edf', 0],
      ['instUser', 'institution_id=2', 27],
      ['otherInstAdmin', 'institution_id=3', 27],
      ['instUser', 'intellectual_object_id=1', 13],
      ['otherInstUser', 'intellectual_object_id=6', 19],
      ['otherInstUser', 'intellectual_object_id=1', 0],
      ['instUser', 'intellectual_object_identifier=institution1.edu/photos', 13],
      ['otherInstUser', 'intellectual_object_identifier=institution2.edu%2Ftoads', 19],
      ['instUser', 'outcome=Success', 27],
      ['instUser', 'outcome=Failure', 0],
      ['otherInstUser', 'event_type=ingestion&generic_file_id__is_null=true', 14],
      ['instUser', 'event_type=ingestion&generic_file_id__is_null=true&intellectual_object_id=2', 1],
      ['instUser', 'event_type=', 27],
    ])('%s: ?%s counts %i', async (persona, query, count) => {
      const body = await list(persona, `${query}&per_page=100`);
      expect(body.count).toBe(count);
      expect(body.results).toHaveLength(count);
    });

    it('applies the filters to the rows, not only to the count', async () => {
      const digests = await list('instUser', 'event_type=message+digest+calculation&generic_file_id=3');
      expect(ids(digests.results)).toEqual([29, 20]);
      expect(digests.results.every((e) => e.event_type === 'message digest calculation' && e.generic_file_id === 3)).toBe(true);
      const objectLevel = await list('otherInstUser', 'generic_file_id__is_null=true&per_page=3');
      expect(ids(objectLevel.results)).toEqual([54, 53, 52]);
      expect(objectLevel.results.map((e) => e.generic_file_id)).toEqual([0, 0, 0]);
    });

    it('counts beyond the page, with and without the row counter', async () => {
      expect((await list('sysAdmin', 'event_type=ingestion&per_page=1')).count).toBe(35);
      expect((await list('sysAdmin', 'event_type=message+digest+calculation&outcome=Success&per_page=1')).count).toBe(18);
      expect((await list('instUser', 'outcome=Success&per_page=1')).count).toBe(27);
      expect((await list('otherInstUser', 'institution_id=3&event_type=ingestion&per_page=1')).count).toBe(20);
      expect((await list('otherInstUser', 'intellectual_object_id=6&per_page=1')).count).toBe(19);
    });

    it('keeps form-encoded values in the paging links', async () => {
      const body = await list('instUser', 'event_type=message+digest+calculation&per_page=5&page=2');
      expect(body.count).toBe(12);
      expect(body.results).toHaveLength(5);
      expect(body.next).toBe(`${EVENTS}?event_type=message+digest+calculation&page=3&per_page=5`);
      expect(body.previous).toBe(`${EVENTS}?event_type=message+digest+calculation&page=1&per_page=5`);
    });

    it("answers 403 for another institution's institution_id filter", async () => {
      const { status, body } = await t.getJson('instUser', `${EVENTS}?institution_id=3`);
      expect(status).toBe(403);
      expect(body).toEqual({ error: `Permission denied for ${EVENTS} (institution 3).` });
      expect((await t.getJson('otherInstUser', `${EVENTS}?institution_id=2`)).status).toBe(403);
    });

    it('writes the wire format in the reference key order (alphabetical after id)', async () => {
      const body = await list('instUser', 'identifier=6e9e665a-4f7e-41f4-9594-d511f9fc1edf');
      const event = body.results[0];
      expect(Object.keys(event)).toEqual([
        'id', 'agent', 'created_at', 'date_time', 'detail', 'event_type', 'generic_file_id', 'generic_file_identifier', 'identifier',
        'institution_id', 'institution_name', 'intellectual_object_id', 'intellectual_object_identifier', 'object', 'old_uuid', 'outcome',
        'outcome_detail', 'outcome_information', 'updated_at',
      ]);
      expect(event).toEqual({
        id: 2,
        agent: 'https://github.com/APTrust/exchange',
        created_at: '2016-08-26T18:47:20Z',
        date_time: '2016-08-26T18:47:20Z',
        detail: 'Copy completed to S3',
        event_type: 'ingestion',
        generic_file_id: 3,
        generic_file_identifier: 'institution1.edu/photos/picture3',
        identifier: '6e9e665a-4f7e-41f4-9594-d511f9fc1edf',
        institution_id: 2,
        institution_name: 'Institution One',
        intellectual_object_id: 1,
        intellectual_object_identifier: 'institution1.edu/photos',
        object: 'APTrust Go Exchange + Amazon S3 client',
        old_uuid: '',
        outcome: 'Success',
        outcome_detail: '9ebb063d40b8444faad321c233f2d0ec',
        outcome_information: 'Put using md5 checksum',
        updated_at: '2016-08-26T18:47:20Z',
      });
    });

    it('writes zero values for an object-level event', async () => {
      const body = await list('instUser', 'intellectual_object_id=1&generic_file_id__is_null=true');
      expect(body.results).toHaveLength(1);
      expect(body.results[0]).toMatchObject({ id: 37, generic_file_id: 0, generic_file_identifier: '', intellectual_object_identifier: 'institution1.edu/photos' });
    });

    it.each([
      ['an unknown filter', 'foo=1', /Invalid query params: foo/],
      ['an id filter', 'id=2', /Invalid query params: id/],
      ['an operator the endpoint does not allow', 'date_time__gt=2016-01-01', /date_time__gt/],
      ['an __in on a field without it', 'event_type__in=ingestion', /event_type__in/],
      ['a bad timestamp', 'date_time__gteq=yesterday', /date_time__gteq/],
      ['a raw + in a timestamp offset (a space once decoded)', 'date_time__gteq=2016-08-26T20:50:00+02:00', /date_time__gteq/],
      ['a non-integer id', 'generic_file_id=abc', /generic_file_id/],
      ['an unknown sort field', 'sort=nope__asc', /sort/],
      ['an unknown sort field with a bad direction', 'sort=nope__up', /sort/],
    ])('answers 400 for %s', async (_, query, message) => {
      const { status, body } = await t.getJson('instUser', `${EVENTS}?${query}`);
      expect(status).toBe(400);
      expect(body.StatusCode).toBe(400);
      expect(body.Error).toMatch(message);
    });
  });

  describe(`GET ${EVENTS}/show/*`, () => {
    it('shows an event by id and by its UUID', async () => {
      const byId = await t.getJson('instUser', `${EVENTS}/show/2`);
      expect(byId.status).toBe(200);
      expect(byId.body).toMatchObject({ id: 2, identifier: '6e9e665a-4f7e-41f4-9594-d511f9fc1edf', generic_file_identifier: 'institution1.edu/photos/picture3' });
      const listed = await list('instUser', 'identifier=6e9e665a-4f7e-41f4-9594-d511f9fc1edf');
      expect(byId.body).toEqual(listed.results[0]);
      const byIdentifier = await t.getJson('instAdmin', `${EVENTS}/show/6e9e665a-4f7e-41f4-9594-d511f9fc1edf`);
      expect(byIdentifier).toEqual({ status: 200, body: byId.body });
    });

    it('shows any event to a sys admin', async () => {
      const { status, body } = await t.getJson('sysAdmin', `${EVENTS}/show/775af09e-87d1-42be-9fcd-4315c5836099`);
      expect(status).toBe(200);
      expect(body).toMatchObject({ id: 54, event_type: 'deletion', institution_id: 3, institution_name: 'Institution Two', generic_file_id: 0 });
    });

    it("answers 403 for another institution's event, by id and by UUID", async () => {
      const byId = await t.getJson('instUser', `${EVENTS}/show/1`);
      expect(byId).toEqual({ status: 403, body: { error: `Permission denied for ${EVENTS}/show/*id (institution 3).` } });
      const byIdentifier = await t.getJson('otherInstUser', `${EVENTS}/show/6e9e665a-4f7e-41f4-9594-d511f9fc1edf`);
      expect(byIdentifier).toEqual({ status: 403, body: { error: `Permission denied for ${EVENTS}/show/*id (institution 2).` } });
    });

    it('answers 404 for a missing id or identifier', async () => {
      expect(await t.getJson('instUser', `${EVENTS}/show/99999`)).toEqual({ status: 404, body: { error: `Not found: ${EVENTS}/show/99999` } });
      const uuid = '00000000-0000-4000-8000-000000000000';
      expect(await t.getJson('instUser', `${EVENTS}/show/${uuid}`)).toEqual({ status: 404, body: { error: `Not found: ${EVENTS}/show/${uuid}` } });
      const awkward = `${EVENTS}/show/${encodeURIComponent(AWKWARD_FILE)}`;
      expect(await t.getJson('instUser', awkward)).toEqual({ status: 404, body: { error: `Not found: ${awkward}` } });
    });

    it('requires API credentials', async () => {
      expect((await t.getJson('anonymous', `${EVENTS}/show/2`)).status).toBe(401);
      expect((await t.getJson('inactiveUser', `${EVENTS}/show/2`)).status).toBe(401);
    });
  });

  // Last: adds a row, which changes the counts above.
  describe('with a failed fixity check on a file with an awkward identifier', () => {
    const uuid = 'f1e2d3c4-0000-4000-8000-000000000019';
    beforeAll(async () => {
      await t.db.dataSource.query(
        `INSERT INTO premis_events (identifier, event_type, date_time, outcome_detail, detail, outcome_information, object, agent,
           intellectual_object_id, generic_file_id, created_at, updated_at, outcome, institution_id)
         VALUES ($1, 'fixity check', '2024-05-01 12:00:00.654321', 'sha256:abc', 'Fixity check against registered hash', 'Fixity did not match',
           'Go language crypto/sha256', 'http://golang.org/pkg/crypto/sha256/', 6, 19, now(), now(), 'Failed', 3)`,
        [uuid],
      );
    });

    it('filters on the form-encoded file identifier', async () => {
      const body = await list('otherInstUser', `generic_file_identifier=${AWKWARD_FILE_FORM}`);
      expect(body.count).toBe(1);
      expect(body.results[0]).toMatchObject({ identifier: uuid, generic_file_id: 19, generic_file_identifier: AWKWARD_FILE, date_time: '2024-05-01T12:00:00.654321Z' });
      expect((await list('otherInstUser', `generic_file_identifier=${encodeURIComponent(AWKWARD_FILE)}`)).count).toBe(1);
      expect((await list('instUser', `generic_file_identifier=${AWKWARD_FILE_FORM}`)).count).toBe(0);
    });

    it('filters on the outcome and the spaced event type, and lists the new event first', async () => {
      expect((await list('otherInstUser', 'outcome=Failed')).count).toBe(1);
      expect((await list('otherInstUser', 'event_type=fixity+check&outcome=Failed')).count).toBe(1);
      expect((await list('otherInstUser', 'event_type=fixity+check&outcome=Success')).count).toBe(0);
      expect((await list('sysAdmin', 'per_page=1')).results[0].identifier).toBe(uuid);
      expect((await list('sysAdmin')).count).toBe(55);
    });

    it('shows it by UUID with microseconds intact', async () => {
      const { status, body } = await t.getJson('otherInstUser', `${EVENTS}/show/${uuid}`);
      expect(status).toBe(200);
      expect(body).toMatchObject({ outcome: 'Failed', event_type: 'fixity check', generic_file_identifier: AWKWARD_FILE, date_time: '2024-05-01T12:00:00.654321Z' });
      expect((await t.getJson('instUser', `${EVENTS}/show/${uuid}`)).status).toBe(403);
    });
  });
});
