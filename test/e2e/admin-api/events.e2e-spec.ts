import { randomUUID } from 'node:crypto';
import { createTestApp, type Persona, type TestApp } from '../../support/test-app.js';

/** A fixity check event of file 1 (object 1, institution 2), in the shape Preserv's fixity worker sends. */
const fixityEvent = (overrides: Record<string, unknown> = {}) => ({
  identifier: randomUUID(),
  event_type: 'fixity check',
  date_time: '2024-06-07T08:09:10.123456789Z',
  detail: 'Fixity check against registered hash',
  outcome: 'Success',
  outcome_detail: 'sha256:abc123',
  outcome_information: 'Fixity matches',
  object: 'Go language crypto/sha256',
  agent: 'https://golang.org/pkg/crypto/sha256/',
  intellectual_object_id: 1,
  generic_file_id: 1,
  institution_id: 2,
  generic_file_identifier: 'institution1.edu/photos/picture1',
  intellectual_object_identifier: 'institution1.edu/photos',
  created_at: '0001-01-01T00:00:00Z',
  updated_at: '0001-01-01T00:00:00Z',
  ...overrides,
});

describe('admin API: events', () => {
  let t: TestApp;
  const post = (payload: unknown, persona: Persona = 'sysAdmin') =>
    t.request(persona, { method: 'POST', url: '/admin-api/v3/events/create', payload: payload as object, headers: { 'content-type': 'application/json' } });
  const query = <T = any>(sql: string, params: unknown[] = []): Promise<T[]> => t.db.dataSource.query(sql, params);
  const eventCount = async (): Promise<number> => (await query('SELECT count(*)::int AS n FROM premis_events'))[0].n;
  const fileRow = async (id: number) => (await query(`SELECT last_fixity_check::text, updated_at::text FROM generic_files WHERE id = $1`, [id]))[0];

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses everyone but sys admins', async () => {
    expect((await t.getJson('instAdmin', '/admin-api/v3/events')).status).toBe(403);
    expect((await t.getJson('instUser', '/admin-api/v3/events/show/1')).status).toBe(403);
    expect((await t.getJson('anonymous', '/admin-api/v3/events')).status).toBe(401);
    const before = await eventCount();
    expect((await post(fixityEvent(), 'instAdmin')).statusCode).toBe(403);
    expect(await eventCount()).toBe(before);
  });

  describe('GET /admin-api/v3/events', () => {
    it('lists event views of every institution, newest first by default', async () => {
      const { status, body } = await t.getJson('sysAdmin', '/admin-api/v3/events?per_page=100');
      expect(status).toBe(200);
      expect(body.count).toBe(54);
      expect(body.results[0]).toHaveProperty('institution_name');
      const dates = body.results.map((e: { date_time: string }) => e.date_time);
      expect(dates).toEqual([...dates].sort().reverse());
    });

    it("answers Preserv's object-level query and form-encoded values", async () => {
      const objectLevel = await t.getJson('sysAdmin', '/admin-api/v3/events?intellectual_object_id=6&generic_file_id__is_null=true&sort=identifier__asc');
      expect(objectLevel.body.results.length).toBeGreaterThan(0);
      expect(objectLevel.body.results.every((e: { generic_file_id: number }) => e.generic_file_id === 0)).toBe(true);
      const digests = await t.getJson('sysAdmin', '/admin-api/v3/events?event_type=message+digest+calculation&per_page=100');
      expect(digests.body.count).toBe(18);
    });

    it('rejects unknown parameters with 400', async () => {
      expect((await t.getJson('sysAdmin', '/admin-api/v3/events?agent=x')).status).toBe(400);
    });
  });

  describe('GET /admin-api/v3/events/show/*', () => {
    it('shows an event view by id and by identifier', async () => {
      const byId = await t.getJson('sysAdmin', '/admin-api/v3/events/show/1');
      expect(byId.status).toBe(200);
      expect(byId.body).toMatchObject({ id: 1, identifier: 'a966ca54-ee5b-4606-81bd-7653dd5f3a63', event_type: 'ingestion' });
      expect((await t.getJson('sysAdmin', '/admin-api/v3/events/show/a966ca54-ee5b-4606-81bd-7653dd5f3a63')).body).toEqual(byId.body);
    });

    it('answers 404 for an unknown id or identifier', async () => {
      expect((await t.getJson('sysAdmin', '/admin-api/v3/events/show/99999')).status).toBe(404);
      expect((await t.getJson('sysAdmin', `/admin-api/v3/events/show/${randomUUID()}`)).status).toBe(404);
    });
  });

  describe('POST /admin-api/v3/events/create', () => {
    it("records a fixity check (201), echoing date_time as sent, and moves the file's last_fixity_check in the same save", async () => {
      const before = await fileRow(1);
      const body = fixityEvent();
      const response = await post(body);
      expect(response.statusCode).toBe(201);
      const created = response.json();
      expect(Object.keys(created)).toEqual([
        'id', 'created_at', 'updated_at', 'agent', 'date_time', 'detail', 'event_type', 'generic_file_id', 'identifier', 'institution_id',
        'intellectual_object_id', 'object', 'old_uuid', 'outcome', 'outcome_detail', 'outcome_information',
      ]);
      expect(created).toMatchObject({ identifier: body.identifier, date_time: '2024-06-07T08:09:10.123456789Z', generic_file_id: 1, outcome: 'Success', old_uuid: '' });
      expect(created.id).toBeGreaterThan(54);
      const [row] = await query(`SELECT date_time::text, old_uuid FROM premis_events WHERE id = $1`, [created.id]);
      expect(row).toEqual({ date_time: '2024-06-07 08:09:10.123456', old_uuid: null });
      const after = await fileRow(1);
      expect(before.last_fixity_check).toBe('2000-01-01 00:00:00');
      expect(after.last_fixity_check).toBe('2024-06-07 08:09:10.123456');
      expect(after.updated_at > before.updated_at).toBe(true);
      const shown = await t.getJson('sysAdmin', `/admin-api/v3/events/show/${body.identifier}`);
      expect(shown.body).toMatchObject({ id: created.id, date_time: '2024-06-07T08:09:10.123456Z', generic_file_identifier: 'institution1.edu/photos/picture1' });
    });

    it('accepts the outcome "Failed" that Preserv records for fixity mismatches, and still moves last_fixity_check', async () => {
      const response = await post(fixityEvent({ generic_file_id: 2, outcome: 'Failed', outcome_information: 'Fixity does not match', date_time: '2024-06-08T00:00:00Z' }));
      expect(response.statusCode).toBe(201);
      expect(response.json().outcome).toBe('Failed');
      expect((await fileRow(2)).last_fixity_check).toBe('2024-06-08 00:00:00');
    });

    it('stores an object-level event without generic_file_id as NULL', async () => {
      const body = fixityEvent({ event_type: 'ingestion', generic_file_id: undefined, generic_file_identifier: undefined });
      const response = await post(body);
      expect(response.statusCode).toBe(201);
      expect(response.json().generic_file_id).toBe(0);
      const [row] = await query(`SELECT generic_file_id FROM premis_events WHERE identifier = $1`, [body.identifier]);
      expect(row.generic_file_id).toBeNull();
      const zero = fixityEvent({ event_type: 'access assignment', generic_file_id: 0 });
      expect((await post(zero)).statusCode).toBe(201);
      const [zeroRow] = await query(`SELECT generic_file_id FROM premis_events WHERE identifier = $1`, [zero.identifier]);
      expect(zeroRow.generic_file_id).toBeNull();
      const listed = await t.getJson('sysAdmin', '/admin-api/v3/events?intellectual_object_id=1&generic_file_id__is_null=true&per_page=100');
      expect(listed.body.results.map((e: { identifier: string }) => e.identifier)).toEqual(expect.arrayContaining([body.identifier, zero.identifier]));
    });

    it('leaves last_fixity_check alone for other event types', async () => {
      const before = await fileRow(3);
      expect((await post(fixityEvent({ event_type: 'replication', generic_file_id: 3 }))).statusCode).toBe(201);
      expect((await fileRow(3)).last_fixity_check).toBe(before.last_fixity_check);
    });

    it('answers 404 for a fixity check of a file that does not exist, and writes nothing', async () => {
      const before = await eventCount();
      const body = fixityEvent({ generic_file_id: 99999 });
      const response = await post(body);
      expect(response.statusCode).toBe(404);
      expect(response.json()).toEqual({ StatusCode: 404, Error: 'pg: no rows in result set' });
      expect(await eventCount()).toBe(before);
      expect(await query(`SELECT id FROM premis_events WHERE identifier = $1`, [body.identifier])).toEqual([]);
    });

    it('reads the body as JSON whatever its Content-Type, or without one, as the reference does', async () => {
      const raw = (persona: Persona, headers: Record<string, string>) =>
        t.request(persona, { method: 'POST', url: '/admin-api/v3/events/create', payload: JSON.stringify(fixityEvent()), headers });
      const withoutType = await raw('sysAdmin', {});
      expect(withoutType.statusCode).toBe(201);
      expect(withoutType.json().event_type).toBe('fixity check');
      expect((await raw('sysAdmin', { 'content-type': 'text/plain' })).statusCode).toBe(201);
      expect((await raw('instAdmin', {})).statusCode).toBe(403);
      const malformed = await t.request('sysAdmin', { method: 'POST', url: '/admin-api/v3/events/create', payload: '{"event_type":' });
      expect(malformed.statusCode).toBe(400);
    });

    it('refuses a body with an id: events are insert-only (405)', async () => {
      const before = await eventCount();
      const response = await post(fixityEvent({ id: 12 }));
      expect(response.statusCode).toBe(405);
      expect(response.json()).toEqual({ StatusCode: 405, Error: 'operation not supported' });
      expect(await eventCount()).toBe(before);
    });

    it('validates the event (outcomes Success, Failure and Failed) and the JSON types, writing nothing', async () => {
      const before = await eventCount();
      const invalid = await post({ event_type: 'virus check', outcome: 'Passed', identifier: 'abc', date_time: '0001-01-01T00:00:00Z' });
      expect(invalid.statusCode).toBe(400);
      expect(invalid.json()).toEqual({
        StatusCode: 400,
        Error: [
          'Agent: Event Agent cannot be empty',
          'DateTime: Event DateTime is required',
          'Detail: Event Detail cannot be empty',
          'EventType: Event requires a valid EventType',
          'Identifier: Event identifier should be a UUID',
          'InstitutionID: Event requires a valid institution id',
          'IntellectualObjectID: Event requires a valid intellectual object id',
          'Object: Event Object cannot be empty',
          'Outcome: Event requires a valid Outcome value',
          'OutcomeDetail: Event OutcomeDetail cannot be empty',
          'OutcomeInformation: Event OutcomeInformation cannot be empty',
        ].join('\n'),
      });
      const wrongTypes = await post(fixityEvent({ institution_id: '2', date_time: 1717747750, outcome: null }));
      expect(wrongTypes.statusCode).toBe(400);
      expect(wrongTypes.json().Error).toBe('date_time must be an RFC 3339 timestamp\ninstitution_id must be an integer number');
      const malformed = await t.request('sysAdmin', { method: 'POST', url: '/admin-api/v3/events/create', payload: '{"identifier": ', headers: { 'content-type': 'application/json' } });
      expect(malformed.statusCode).toBe(400);
      expect(malformed.json().StatusCode).toBe(400);
      const outOfRange = await post(fixityEvent({ generic_file_id: 2 ** 31 }));
      expect(outOfRange.json()).toEqual({ StatusCode: 400, Error: 'generic_file_id must not be greater than 2147483647' });
      expect(await eventCount()).toBe(before);
    });

    it('answers 409 for an identifier that is taken', async () => {
      const response = await post(fixityEvent({ identifier: 'a966ca54-ee5b-4606-81bd-7653dd5f3a63' }));
      expect(response.statusCode).toBe(409);
      expect(response.json()).toEqual({ StatusCode: 409, Error: 'identifier has already been taken' });
    });

    it('keeps the latest of concurrent fixity checks of one file consistent with their events', async () => {
      const dates = ['2024-07-01T00:00:00Z', '2024-07-02T00:00:00Z', '2024-07-03T00:00:00Z', '2024-07-04T00:00:00Z'];
      const responses = await Promise.all(dates.map((date_time) => post(fixityEvent({ generic_file_id: 4, date_time }))));
      expect(responses.map((r) => r.statusCode)).toEqual([201, 201, 201, 201]);
      const [{ n }] = await query(`SELECT count(*)::int AS n FROM premis_events WHERE generic_file_id = 4 AND event_type = 'fixity check'`);
      expect(n).toBe(4);
      expect(dates.map((d) => d.replace('T', ' ').replace('Z', ''))).toContain((await fileRow(4)).last_fixity_check);
    });
  });
});
