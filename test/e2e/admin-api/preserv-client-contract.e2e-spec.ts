import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from '../../support/test-app.js';

/*
 * Behavioural contract with Preserv's registry client.
 *
 * Every request below is shaped the way Preserv's Go client sends it: the exact path (the object list's
 * `/objects/?` with its trailing slash, identifiers escaped like Go's url.QueryEscape with `%20` for
 * spaces), query strings encoded like Go's url.Values (keys sorted, `+` for spaces), JSON bodies with
 * every field of the client's structs (zero ids, `0001-01-01T00:00:00Z` for zero times, fields tagged
 * omitempty left out when zero), `Content-Type: application/json` on every request whether or not it
 * has a body, and the API key of system@aptrust.org. Every answer must decode into those structs the
 * way Go's encoding/json would (numbers where Go has integers, zoned RFC 3339 strings where it has
 * times), besides the status codes and fields the client's tests assert.
 *
 * The steps run in order on one database loaded with the reference fixtures, as Preserv's client tests
 * do: later steps read what earlier ones wrote. The first two sections replay the client's own
 * integration tests; the later ones the registry traffic of its ingest, fixity, deletion and
 * restoration workers and their integration tests, minus the S3 and Redis side.
 */

const API = '/admin-api/v3';
const ZERO = '0001-01-01T00:00:00Z';
const BLOOMSDAY = '1904-06-16T15:04:05Z';
// The APTrust BagIt profile that ingested bags name.
const PROFILE = 'https://raw.githubusercontent.com/APTrust/preservation-services/master/profiles/aptrust-v2.2.json';

type Json = Record<string, any>;

// ---------------------------------------------------------------------------------------------
// Go's encodings
// ---------------------------------------------------------------------------------------------

/** url.QueryEscape: only [A-Za-z0-9-_.~] stay literal, space becomes `+`, everything else %XX of its UTF-8 bytes. */
const queryEscape = (value: string) =>
  Array.from(Buffer.from(value, 'utf8'))
    .map((byte) => {
      const char = String.fromCharCode(byte);
      if (/[A-Za-z0-9\-_.~]/.test(char)) return char;
      return byte === 0x20 ? '+' : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    })
    .join('');

/** How the client puts an object or file identifier into a path. */
const escapeIdentifier = (identifier: string) => queryEscape(identifier).replaceAll('+', '%20');

/** url.Values.Encode: keys sorted, repeated keys kept in the order added. */
const encodeQuery = (params: ReadonlyArray<readonly [string, string]>) =>
  [...params]
    .map((pair, index) => ({ pair, index }))
    .sort((a, b) => (a.pair[0] < b.pair[0] ? -1 : a.pair[0] > b.pair[0] ? 1 : a.index - b.index))
    .map(({ pair: [key, value] }) => `${queryEscape(key)}=${queryEscape(value)}`)
    .join('&');

/** A time.Time as encoding/json writes it: RFC 3339 with nanoseconds, trailing zeros trimmed, and the zone of the value. */
function goTime(epochMs: number, options: { extraNanos?: number; offsetMinutes?: number } = {}): string {
  const offset = options.offsetMinutes ?? 0;
  const shifted = new Date(epochMs + offset * 60_000);
  const fraction = `${String(shifted.getUTCMilliseconds()).padStart(3, '0')}${String(options.extraNanos ?? 0).padStart(6, '0')}`.replace(/0+$/, '');
  const zone = offset === 0 ? 'Z' : `${offset < 0 ? '-' : '+'}${String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0')}:${String(Math.abs(offset) % 60).padStart(2, '0')}`;
  return `${shifted.toISOString().slice(0, 19)}${fraction ? `.${fraction}` : ''}${zone}`;
}

/** time.Now().UTC() (nanosecond precision) and time.Now() in a zone west of UTC. */
const nowUtc = (shiftMs = 0) => goTime(Date.now() + shiftMs, { extraNanos: 123_457 });
const nowLocal = (shiftMs = 0) => goTime(Date.now() + shiftMs, { extraNanos: 654_321, offsetMinutes: -300 });

/** A Go time string at microsecond precision, the precision PostgreSQL keeps, in UTC. */
const toMicros = (goTimeString: string) => {
  const match = /^(.*T\d{2}:\d{2}:\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:\d{2})$/.exec(goTimeString)!;
  const utc = new Date(`${match[1]}${match[3]}`).toISOString().slice(0, 19);
  const micros = (match[2] ?? '').slice(0, 6).replace(/0+$/, '');
  return `${utc}${micros ? `.${micros}` : ''}Z`;
};

// The client's structs: JSON name, Go kind, and whether the field is tagged omitempty.
type Kind = 'string' | 'int' | 'bool' | 'time' | { readonly list: GoStruct };
type GoStruct = ReadonlyArray<readonly [name: string, kind: Kind, omitempty?: 'omitempty']>;

const STORAGE_RECORD: GoStruct = [['id', 'int', 'omitempty'], ['generic_file_id', 'int'], ['url', 'string']];

const CHECKSUM: GoStruct = [
  ['id', 'int', 'omitempty'], ['algorithm', 'string'], ['datetime', 'time'], ['digest', 'string'], ['generic_file_id', 'int'],
  ['generic_file_identifier', 'string'], ['institution_id', 'int'], ['intellectual_object_id', 'int'], ['created_at', 'time'], ['updated_at', 'time'],
];

const PREMIS_EVENT: GoStruct = [
  ['id', 'int', 'omitempty'], ['identifier', 'string'], ['event_type', 'string'], ['date_time', 'time'], ['detail', 'string'], ['outcome', 'string'],
  ['outcome_detail', 'string'], ['outcome_information', 'string'], ['object', 'string'], ['agent', 'string'], ['institution_id', 'int'],
  ['intellectual_object_id', 'int'], ['intellectual_object_identifier', 'string'], ['generic_file_id', 'int', 'omitempty'],
  ['generic_file_identifier', 'string', 'omitempty'], ['created_at', 'time'], ['updated_at', 'time'],
];

const GENERIC_FILE: GoStruct = [
  ['id', 'int'], ['identifier', 'string'], ['institution_id', 'int'], ['intellectual_object_id', 'int'], ['file_format', 'string'], ['size', 'int'],
  ['state', 'string'], ['storage_option', 'string'], ['uuid', 'string'], ['last_fixity_check', 'time'], ['mtime', 'time'], ['file_modified', 'time'],
  ['checksums', { list: CHECKSUM }], ['premis_events', { list: PREMIS_EVENT }], ['storage_records', { list: STORAGE_RECORD }],
  ['created_at', 'time'], ['updated_at', 'time'],
];

const INTELLECTUAL_OBJECT: GoStruct = [
  ['id', 'int'], ['identifier', 'string'], ['institution_id', 'int'], ['institution_identifier', 'string'], ['title', 'string'], ['description', 'string'],
  ['alt_identifier', 'string'], ['access', 'string'], ['bag_name', 'string'], ['bag_group_identifier', 'string'], ['bagit_profile_identifier', 'string'],
  ['source_organization', 'string'], ['internal_sender_identifier', 'string'], ['internal_sender_description', 'string'], ['etag', 'string'],
  ['state', 'string'], ['storage_option', 'string'], ['file_count', 'int'], ['size', 'int'], ['payload_file_count', 'int'], ['payload_size', 'int'],
  ['created_at', 'time'], ['updated_at', 'time'],
];

const WORK_ITEM: GoStruct = [
  ['id', 'int', 'omitempty'], ['name', 'string'], ['etag', 'string'], ['bucket', 'string'], ['user', 'string'], ['note', 'string'], ['outcome', 'string'],
  ['action', 'string'], ['stage', 'string'], ['status', 'string'], ['node', 'string'], ['institution_id', 'int'], ['intellectual_object_id', 'int'],
  ['generic_file_id', 'int'], ['deletion_request_id', 'int'], ['bag_date', 'time'], ['date_processed', 'time'], ['queued_at', 'time'],
  ['stage_started_at', 'time'], ['retry', 'bool'], ['needs_admin_review', 'bool'], ['pid', 'int'], ['size', 'int'], ['aptrust_approver', 'string'],
  ['inst_approver', 'string'], ['object_identifier', 'string'], ['generic_file_identifier', 'string'], ['storage_option', 'string'],
  ['created_at', 'time'], ['updated_at', 'time'],
];

const INSTITUTION: GoStruct = [
  ['id', 'int'], ['identifier', 'string'], ['name', 'string'], ['state', 'string'], ['type', 'string'], ['receiving_bucket', 'string'],
  ['restore_bucket', 'string'], ['otp_enabled', 'bool'], ['deactivated_at', 'time'], ['member_institution_id', 'int'], ['created_at', 'time'],
  ['updated_at', 'time'],
];

const FAILED_FIXITY_SUMMARY: GoStruct = [['failures', 'int'], ['institution_id', 'int'], ['institution_name', 'string'], ['error', 'string']];

const ZERO_OF = { string: '', int: 0, bool: false, time: ZERO } as const;

/**
 * The JSON Go's encoding/json writes for a struct holding `values`: every field in the struct's order,
 * missing ones as zero values, zero omitempty fields left out, nil slices as null. Fed a decoded
 * response, it is what the client sends back after changing a field (decode, then encode).
 */
function goEncode(struct: GoStruct, values: Json): Json {
  const out: Json = {};
  for (const [name, kind, omitempty] of struct) {
    const value = values[name];
    if (typeof kind === 'object') {
      out[name] = Array.isArray(value) ? value.map((element) => goEncode(kind.list, element)) : null;
      continue;
    }
    const encoded = value === undefined || value === null ? ZERO_OF[kind] : value;
    if (omitempty && encoded === ZERO_OF[kind] && kind !== 'time') continue;
    out[name] = encoded;
  }
  return out;
}

const GO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Would json.Unmarshal into the struct succeed? Collects every field that would make it fail. */
function decodeProblems(struct: GoStruct, value: unknown, path: string): string[] {
  if (value === null) return [];
  if (typeof value !== 'object' || Array.isArray(value)) return [`${path}: not an object`];
  const problems: string[] = [];
  for (const [name, kind] of struct) {
    const field = (value as Json)[name];
    const at = `${path}.${name}`;
    if (field === undefined || field === null) continue; // Go leaves the zero value
    if (typeof kind === 'object') {
      if (!Array.isArray(field)) problems.push(`${at}: not an array`);
      else field.forEach((element, index) => problems.push(...decodeProblems(kind.list, element, `${at}[${index}]`)));
    } else if (kind === 'int' && !Number.isInteger(field)) problems.push(`${at}: ${JSON.stringify(field)} is not an integer`);
    else if (kind === 'bool' && typeof field !== 'boolean') problems.push(`${at}: ${JSON.stringify(field)} is not a boolean`);
    else if (kind === 'string' && typeof field !== 'string') problems.push(`${at}: ${JSON.stringify(field)} is not a string`);
    else if (kind === 'time' && (typeof field !== 'string' || !GO_TIME.test(field))) problems.push(`${at}: ${JSON.stringify(field)} is not an RFC 3339 time`);
  }
  return problems;
}

/** The client's list envelope: count int, next/previous string or null, results array or null. */
function envelopeProblems(struct: GoStruct, body: Json): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(body.count)) problems.push(`count: ${JSON.stringify(body.count)} is not an integer`);
  for (const link of ['next', 'previous']) {
    if (body[link] !== null && body[link] !== undefined && typeof body[link] !== 'string') problems.push(`${link}: not a string`);
  }
  if (body.results !== null && !Array.isArray(body.results)) problems.push('results: not an array');
  (body.results ?? []).forEach((element: unknown, index: number) => problems.push(...decodeProblems(struct, element, `results[${index}]`)));
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Fixture-independent builders of what the client sends
// ---------------------------------------------------------------------------------------------

/** The client's test object factory, as sent for a create (id 0, zero times). */
const factoryObject = (overrides: Json = {}): Json =>
  goEncode(INTELLECTUAL_OBJECT, {
    access: 'institution', alt_identifier: 'AltIdentifier001', bag_group_identifier: 'BagGroup001', bagit_profile_identifier: PROFILE,
    bag_name: 'TestBag001', description: 'Test bag from factory', file_count: 21, size: 543210000, etag: '86753098675309', id: 0,
    identifier: 'test.edu/TestBag001', institution_identifier: 'test.edu', institution_id: 0, source_organization: 'Test Univerisity Library',
    state: 'A', storage_option: 'Standard', title: 'Test Bag from Factory', ...overrides,
  });

/** The client's test file factory for an object, with two checksums and five events when asked. */
function factoryFile(object: Json, suffix: number, withChecksums: boolean, withEvents: boolean): Json {
  const identifier = `${object.identifier}/object/data/file_${suffix}.txt`;
  const checksum = (algorithm: string) => ({ algorithm, datetime: BLOOMSDAY, digest: '0000000099999999', generic_file_id: 0 });
  const event = (eventType: string) => ({
    agent: 'Maxwell Smart', date_time: BLOOMSDAY, detail: 'Fake event detail', event_type: eventType, generic_file_id: 0,
    generic_file_identifier: identifier, identifier: randomUUID(), institution_id: object.institution_id, intellectual_object_id: object.id,
    intellectual_object_identifier: object.identifier, object: 'Fake event object', outcome_detail: 'Success',
    outcome_information: 'Fake outcome information', outcome: 'Success',
  });
  return goEncode(GENERIC_FILE, {
    file_format: 'text/plain', file_modified: BLOOMSDAY, id: 0, identifier, institution_id: object.institution_id, intellectual_object_id: object.id,
    size: 484896, state: 'A', storage_option: 'Standard', uuid: randomUUID(),
    checksums: withChecksums ? [checksum('md5'), checksum('sha256')] : null,
    premis_events: withEvents
      ? ['access assignment', 'message digest calculation', 'identifier assignment', 'ingestion', 'replication'].map(event)
      : null,
  });
}

const PRESERVATION_BUCKETS = [
  'preservation-va', 'preservation-or', 'glacier-oh', 'glacier-or', 'glacier-va', 'glacier-deep-oh', 'glacier-deep-or', 'glacier-deep-va',
  'wasabi-or', 'wasabi-va',
];
const storageUrl = (bucket: string, key: string) => `https://s3.us-east-1.localhost:9899/${bucket}/${key}`;

describe("Preserv's registry client: wire contract", () => {
  let t: TestApp;

  beforeAll(async () => {
    // The deletion tests use the test-only preparation routes, which need a *_test database.
    t = await createTestApp({ env: { APP_TEST_ROUTES: 'true' }, databaseNameSuffix: '_test' });
  });
  afterAll(async () => {
    await t.close();
  });

  /** One request as the Go client makes it. */
  async function send(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown): Promise<{ status: number; body: any }> {
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json', connection: 'Keep-Alive' };
    // A POST or PUT without a body still says Content-Length: 0; a GET or DELETE says nothing.
    if (body === undefined && (method === 'POST' || method === 'PUT')) headers['content-length'] = '0';
    const response = await t.request('sysAdmin', { method, url, headers, payload: body === undefined ? undefined : JSON.stringify(body) });
    const text = response.body;
    return { status: response.statusCode, body: text === '' ? undefined : JSON.parse(text) };
  }

  /** A single record the client decodes into `struct`; fails like the client would on status >= 400 or a decode error. */
  async function record(struct: GoStruct, method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown, expectedStatus?: number): Promise<Json> {
    const response = await send(method, url, body);
    if (response.status >= 400 || (expectedStatus !== undefined && response.status !== expectedStatus)) {
      throw new Error(`${method} ${url} answered ${response.status}: ${JSON.stringify(response.body)}`);
    }
    expect(decodeProblems(struct, response.body, url)).toEqual([]);
    return response.body;
  }

  /** A list (or batch) envelope the client decodes; returns the results. */
  async function list(struct: GoStruct, url: string, method: 'GET' | 'POST' = 'GET', body?: unknown, expectedStatus?: number): Promise<Json[]> {
    const response = await send(method, url, body);
    if (response.status >= 400 || (expectedStatus !== undefined && response.status !== expectedStatus)) {
      throw new Error(`${method} ${url} answered ${response.status}: ${JSON.stringify(response.body)}`);
    }
    expect(envelopeProblems(struct, response.body)).toEqual([]);
    return response.body.results ?? [];
  }

  const query = (path: string, params: ReadonlyArray<readonly [string, string]> | null) => `${API}${path}?${params ? encodeQuery(params) : ''}`;
  const objects = (params: ReadonlyArray<readonly [string, string]> | null) => list(INTELLECTUAL_OBJECT, query('/objects/', params));
  const files = (params: ReadonlyArray<readonly [string, string]> | null) => list(GENERIC_FILE, query('/files', params));
  const checksums = (params: ReadonlyArray<readonly [string, string]> | null) => list(CHECKSUM, query('/checksums', params));
  const events = (params: ReadonlyArray<readonly [string, string]> | null) => list(PREMIS_EVENT, query('/events', params));
  const storageRecords = (params: ReadonlyArray<readonly [string, string]>) => list(STORAGE_RECORD, query('/storage_records', params));
  const items = (params: ReadonlyArray<readonly [string, string]> | null) => list(WORK_ITEM, query('/items', params));
  const objectById = (id: number) => record(INTELLECTUAL_OBJECT, 'GET', `${API}/objects/show/${id}`);
  const objectByIdentifier = (identifier: string) => record(INTELLECTUAL_OBJECT, 'GET', `${API}/objects/show/${escapeIdentifier(identifier)}`);
  const fileById = (id: number) => record(GENERIC_FILE, 'GET', `${API}/files/show/${id}`);
  const fileByIdentifier = (identifier: string) => record(GENERIC_FILE, 'GET', `${API}/files/show/${escapeIdentifier(identifier)}`);
  const itemById = (id: number) => record(WORK_ITEM, 'GET', `${API}/items/show/${id}`);
  /** IntellectualObjectSave: POST objects/create/<institution> for id 0, PUT objects/update/<id> otherwise. */
  const saveObject = (object: Json, expectedStatus?: number) =>
    object.id > 0
      ? record(INTELLECTUAL_OBJECT, 'PUT', `${API}/objects/update/${object.id}`, goEncode(INTELLECTUAL_OBJECT, object), expectedStatus)
      : record(INTELLECTUAL_OBJECT, 'POST', `${API}/objects/create/${object.institution_id}`, goEncode(INTELLECTUAL_OBJECT, object), expectedStatus);
  /** GenericFileSave. */
  const saveFile = (file: Json) =>
    file.id > 0
      ? record(GENERIC_FILE, 'PUT', `${API}/files/update/${file.id}`, goEncode(GENERIC_FILE, file))
      : record(GENERIC_FILE, 'POST', `${API}/files/create/${file.institution_id}`, goEncode(GENERIC_FILE, file));
  /** GenericFileCreateBatch: the URL names the first file's institution. */
  const createFileBatch = (batch: Json[]) =>
    list(GENERIC_FILE, `${API}/files/create_batch/${batch[0].institution_id}`, 'POST', batch.map((file) => goEncode(GENERIC_FILE, file)));
  /** PremisEventSave (the client refuses ids > 0 itself). */
  const saveEvent = (event: Json) => record(PREMIS_EVENT, 'POST', `${API}/events/create`, goEncode(PREMIS_EVENT, event));
  /** WorkItemSave: 201 on create, exactly 200 on update. */
  const saveItem = (item: Json) =>
    item.id > 0
      ? record(WORK_ITEM, 'PUT', `${API}/items/update/${item.id}`, goEncode(WORK_ITEM, item), 200)
      : record(WORK_ITEM, 'POST', `${API}/items/create/${item.institution_id}`, goEncode(WORK_ITEM, item), 201);
  const createStorageRecord = (recordToSave: Json, institutionId: number) =>
    record(STORAGE_RECORD, 'POST', `${API}/storage_records/create/${institutionId}`, goEncode(STORAGE_RECORD, recordToSave), 201);
  /** DELETE files/delete and objects/delete: the client wants 200 or 204 and ignores the body. */
  const expectDeleted = async (url: string) => {
    const response = await send('DELETE', url);
    if (response.status !== 200 && response.status !== 204) throw new Error(`DELETE ${url} answered ${response.status}: ${JSON.stringify(response.body)}`);
  };

  const isIncreasing = (values: string[]) => values.every((value, index) => index === 0 || Buffer.compare(Buffer.from(values[index - 1]), Buffer.from(value)) < 0);

  // -------------------------------------------------------------------------------------------
  describe('the client integration tests, in file order', () => {
    it('institution by identifier', async () => {
      for (const identifier of ['institution1.edu', 'institution2.edu', 'test.edu']) {
        const institution = await record(INSTITUTION, 'GET', `${API}/institutions/show/${queryEscape(identifier)}`);
        expect(institution.identifier).toBe(identifier);
      }
    });

    it('institution by id', async () => {
      for (let id = 1; id < 5; id++) {
        expect((await record(INSTITUTION, 'GET', `${API}/institutions/show/${id}`)).id).toBe(id);
      }
    });

    it('institution list', async () => {
      const institutions = await list(INSTITUTION, query('/institutions', [['sort', 'name__asc'], ['per_page', '20']]));
      expect(institutions).toHaveLength(5);
      for (const institution of institutions) {
        for (const field of ['id', 'name', 'identifier', 'receiving_bucket', 'restore_bucket']) expect(institution[field]).toBeTruthy();
      }
    });

    const expectPhotos = (object: Json) =>
      expect(object).toMatchObject({
        identifier: 'institution1.edu/photos', title: 'First Object for Institution One', description: 'A bag of photos',
        alt_identifier: 'photos_from_the_1960s', bag_name: 'photos.tar', access: 'institution', institution_identifier: 'institution1.edu',
        institution_id: 2, state: 'A', etag: 'etagforinst1photos', source_organization: 'Institution One',
        bagit_profile_identifier: 'https://example.com/profile.json', internal_sender_identifier: 'First internal identifier',
        internal_sender_description: 'First internal description',
      });

    it('object by identifier and by id', async () => {
      const byIdentifier = await record(INTELLECTUAL_OBJECT, 'GET', `${API}/objects/show/institution1.edu%2Fphotos`);
      expectPhotos(byIdentifier);
      expectPhotos(await objectById(byIdentifier.id));
    });

    it('object list (the trailing-slash path)', async () => {
      const found = await objects([['sort', 'identifier__asc'], ['per_page', '20'], ['storage_option', 'Standard'], ['state', 'A']]);
      // Preserv asserts 11: its ingest and fixity packages, run earlier, add three Standard objects. Fresh fixtures hold 8.
      expect(found).toHaveLength(8);
      for (const object of found) {
        for (const field of ['id', 'file_count', 'identifier', 'size', 'source_organization']) expect(object[field]).toBeTruthy();
        expect(object).toMatchObject({ state: 'A', storage_option: 'Standard' });
      }
    });

    let testBag001: Json;

    it('object create', async () => {
      const institution = await record(INSTITUTION, 'GET', `${API}/institutions/show/test.edu`);
      const sent = factoryObject({ id: 0, institution_id: institution.id });
      const response = await send('POST', `${API}/objects/create/4`, sent);
      expect(response.status).toBe(201);
      const saved = response.body;
      expect(decodeProblems(INTELLECTUAL_OBJECT, saved, 'object')).toEqual([]);
      expect(saved.id).toBeGreaterThan(0);
      expect(saved.created_at).not.toBe(ZERO);
      expect(saved.updated_at).not.toBe(ZERO);
      for (const field of [
        'identifier', 'title', 'description', 'alt_identifier', 'bag_name', 'access', 'state', 'etag', 'source_organization',
        'bagit_profile_identifier', 'internal_sender_identifier', 'internal_sender_description',
      ]) {
        expect([field, saved[field]]).toEqual([field, sent[field]]);
      }
      expect(saved.institution_id).toBe(4);
      testBag001 = saved;
    });

    it("object update of the institution's newest object", async () => {
      const [existing] = await objects([['institution_id', '4'], ['per_page', '1'], ['sort', 'created_at__desc']]);
      expect(existing.id).toBe(testBag001.id);
      const changed: Json = { ...existing, description: '** Updated description of test object **' };
      const saved = await saveObject(changed);
      expect(saved.updated_at).not.toBe(existing.updated_at);
      for (const field of [
        'identifier', 'title', 'description', 'alt_identifier', 'bag_name', 'access', 'institution_id', 'state', 'etag', 'source_organization',
        'bagit_profile_identifier', 'internal_sender_identifier', 'internal_sender_description',
      ]) {
        expect([field, saved[field]]).toEqual([field, changed[field]]);
      }
    });

    const expectPicture1 = (file: Json) => {
      expect(file).toMatchObject({
        identifier: 'institution1.edu/photos/picture1', id: 1, intellectual_object_id: 1, size: 243855000, file_format: 'image/jpeg',
        storage_option: 'Standard',
      });
      expect([file.checksums.length, file.premis_events.length, file.storage_records.length]).toEqual([2, 4, 2]);
    };

    it('file by identifier and by id, with checksums, events and storage records', async () => {
      expectPicture1(await record(GENERIC_FILE, 'GET', `${API}/files/show/institution1.edu%2Fphotos%2Fpicture1`));
      expectPicture1(await fileById(1));
    });

    it('file list', async () => {
      const found = await files([['sort', 'identifier__asc'], ['per_page', '100'], ['institution_id', '2'], ['storage_option', 'Standard']]);
      // Preserv asserts 12: its fixity package, run earlier, adds a Standard file of institution1.edu. Fresh fixtures hold 11.
      expect(found).toHaveLength(11);
      for (const file of found) expect(file).toMatchObject({ institution_id: 2, storage_option: 'Standard' });
      expect(isIncreasing(found.map((file) => file.identifier))).toBe(true);
    });

    it('file create, including a zero-size file', async () => {
      const [object] = await objects([['sort', 'identifier__asc'], ['per_page', '1']]);
      expect(object.identifier).toBe('institution1.edu/gl-dp-oh');
      const file = factoryFile(object, 1, false, false);
      expect(file.institution_id).toBe(object.institution_id);
      const saved = await saveFile(file);
      expect(saved.identifier).toBe(file.identifier);
      expect(saved.id).toBeGreaterThan(0);
      expect(saved.updated_at).not.toBe(file.updated_at);
      // A zero last_fixity_check is stored as the column default, so the fixity queue finds the file.
      expect(saved.last_fixity_check).toBe('2000-01-01T00:00:00Z');

      const empty: Json = { ...factoryFile(object, 1, false, false), size: 0 };
      empty.identifier = `${empty.identifier}002`;
      expect((await saveFile(empty)).size).toBe(0);
    });

    it('file update: two more bytes on four files', async () => {
      // The client's test filters on the institution; it sends the four first files by identifier.
      const found = await files([['sort', 'identifier__asc'], ['per_page', '4'], ['institution_id', '2']]);
      expect(found).toHaveLength(4);
      for (const file of found) {
        const saved = await saveFile({ ...file, size: file.size + 2 });
        expect(saved.identifier).toBe(file.identifier);
        expect(saved.size).toBe(file.size + 2);
        expect(saved.updated_at).not.toBe(file.updated_at);
      }
    });

    it('file batch create: ten files with two checksums and five events each', async () => {
      const object = await saveObject(factoryObject({ identifier: 'test.edu/TestBag002', institution_id: 4 }));
      const batch = Array.from({ length: 10 }, (_, i) => ({ ...factoryFile(object, i, true, true), institution_id: 4 }));
      const saved = await createFileBatch(batch);
      expect(saved).toHaveLength(10);
      for (let i = 0; i < 10; i++) {
        const file = await fileByIdentifier(`${object.identifier}/object/data/file_${i}.txt`);
        const fileChecksums = await checksums([['generic_file_identifier', file.identifier], ['per_page', '20']]);
        expect(fileChecksums).toHaveLength(2);
        for (const checksum of fileChecksums) expect(checksum.id).toBeGreaterThan(0);
        const fileEvents = await events([['generic_file_identifier', file.identifier], ['per_page', '20']]);
        expect(fileEvents).toHaveLength(5);
        for (const event of fileEvents) expect(event.id).toBeGreaterThan(0);
      }
    });

    it('checksum by id', async () => {
      expect(await record(CHECKSUM, 'GET', `${API}/checksums/show/1`)).toMatchObject({ id: 1, algorithm: 'md5', digest: '12345678', generic_file_id: 1 });
    });

    it('checksum list', async () => {
      const found = await checksums([['sort', 'generic_file_id__asc'], ['per_page', '100'], ['institution_id', '2'], ['algorithm', 'sha256']]);
      // Preserv asserts 3: its fixity package, run earlier, adds a sha256 of institution1.edu. Fresh fixtures hold 2.
      expect(found).toHaveLength(2);
      for (const checksum of found) expect(checksum).toMatchObject({ institution_id: 2, algorithm: 'sha256' });
      expect(found.map((checksum) => checksum.generic_file_id)).toEqual([...found.map((checksum) => checksum.generic_file_id)].sort((a, b) => a - b));
      expect(new Set(found.map((checksum) => checksum.generic_file_id)).size).toBe(found.length);
    });

    it('checksum create echoes the datetime to the nanosecond and becomes one of the file checksums', async () => {
      const timestamp = nowUtc();
      const sent = { id: 0, algorithm: 'sha1', digest: '12345123451234512345', datetime: timestamp, generic_file_id: 11, institution_id: 3 };
      const saved = await record(CHECKSUM, 'POST', `${API}/checksums/create/3`, goEncode(CHECKSUM, sent), 201);
      expect(saved.id).toBeGreaterThan(0);
      expect(saved).toMatchObject({ algorithm: 'sha1', digest: sent.digest, generic_file_id: 11, datetime: timestamp });
      const file = await fileById(11);
      expect(file.checksums.some((checksum: Json) => checksum.digest === sent.digest)).toBe(true);
    });

    const expectEvent1 = (event: Json) => {
      expect(event).toMatchObject({ id: 1, identifier: 'a966ca54-ee5b-4606-81bd-7653dd5f3a63', event_type: 'ingestion' });
      expect(event.date_time).not.toBe(ZERO);
    };

    it('event by identifier and by id', async () => {
      expectEvent1(await record(PREMIS_EVENT, 'GET', `${API}/events/show/a966ca54-ee5b-4606-81bd-7653dd5f3a63`));
      expectEvent1(await record(PREMIS_EVENT, 'GET', `${API}/events/show/1`));
    });

    it('event list', async () => {
      const found = await events([['sort', 'identifier__asc'], ['per_page', '100'], ['institution_id', '2']]);
      // Preserv asserts 30: its fixity package, run earlier, adds three events of institution1.edu. Fresh fixtures hold 27.
      expect(found).toHaveLength(27);
      for (const event of found) expect(event.institution_id).toBe(2);
      expect(isIncreasing(found.map((event) => event.identifier))).toBe(true);
    });

    it('storage record create', async () => {
      const sent = { id: 0, generic_file_id: 11, url: 'https://example.com/storage/blah-blah-test' };
      const saved = await createStorageRecord(sent, 3);
      expect(saved.id).toBeGreaterThan(0);
      expect(saved).toMatchObject({ url: sent.url, generic_file_id: 11 });
    });

    it('storage record list', async () => {
      const found = await list(STORAGE_RECORD, `${API}/storage_records?generic_file_id=1&per_page=100&sort=url__asc`);
      expect(found).toHaveLength(2);
      for (const storageRecord of found) expect(storageRecord.generic_file_id).toBe(1);
      expect(isIncreasing(found.map((storageRecord) => storageRecord.url))).toBe(true);
    });

    it('work item by id', async () => {
      const item = await itemById(1);
      expect(item).toMatchObject({ id: 1, action: 'Ingest', institution_id: 2, name: 'fake_bag_01.tar', object_identifier: '' });
      expect(item.bag_date).not.toBe(ZERO);
    });

    it('work item list', async () => {
      const found = await items([['sort', 'name__desc'], ['per_page', '100'], ['institution_id', '2'], ['action', 'Ingest']]);
      expect(found).toHaveLength(13);
      for (const item of found) expect(item).toMatchObject({ institution_id: 2, action: 'Ingest' });
      expect(isIncreasing(found.map((item) => item.name).reverse())).toBe(true);
    });

    it('work item create (201) and update (200)', async () => {
      const item = {
        action: 'Ingest', bag_date: nowLocal(-24 * 3600_000), bucket: 'aptrust.receiving.test.edu', date_processed: nowUtc(),
        etag: 'oldmacdonaldhadafarmeieioandonhisfarm', institution_id: 4, name: 'spongebob.tar', note: 'Item is in receiving bucket',
        outcome: 'Item is awaiting ingest', retry: true, size: 38012337, stage: 'Receive', status: 'Pending', user: 'system@aptrust.org',
      };
      const saved = await saveItem(item);
      expect(saved.id).toBeGreaterThan(0);
      expect(saved).toMatchObject({ action: item.action, etag: item.etag, name: item.name, institution_id: 4 });

      const changed = { ...saved, status: 'Cancelled', outcome: 'Krabby Patties', note: 'Patrick Star' };
      const updated = await saveItem(changed);
      expect(updated.id).toBe(saved.id);
      expect(updated).toMatchObject({ status: 'Cancelled', outcome: 'Krabby Patties', note: 'Patrick Star' });
    });

    it('failed fixity alerts (run once a day)', async () => {
      const response = await send('POST', `${API}/alerts/generate_failed_fixity_alerts`);
      expect([200, 201]).toContain(response.status);
      expect(envelopeProblems(FAILED_FIXITY_SUMMARY, response.body)).toEqual([]);
      // A second run the same UTC day is refused, which is why the client's suite needs fresh fixtures.
      expect((await send('POST', `${API}/alerts/generate_failed_fixity_alerts`)).status).toBe(409);
    });
  });

  // -------------------------------------------------------------------------------------------
  describe('the client response tests, in file order', () => {
    it('institution by identifier answers a non-empty body, twice', async () => {
      for (let i = 0; i < 2; i++) expect((await record(INSTITUTION, 'GET', `${API}/institutions/show/test.edu`)).identifier).toBe('test.edu');
    });

    it('lists with no parameters at all (a bare `?`)', async () => {
      expect(await list(INSTITUTION, query('/institutions', null))).not.toHaveLength(0);
      expect(await objects(null)).not.toHaveLength(0);
      expect(await files(null)).not.toHaveLength(0);
      expect(await events(null)).not.toHaveLength(0);
    });

    it('object, file and event shows from the fixtures', async () => {
      expect((await objectByIdentifier('institution2.edu/chocolate')).identifier).toBe('institution2.edu/chocolate');
      expect((await fileByIdentifier('institution2.edu/chocolate/picture2')).identifier).toBe('institution2.edu/chocolate/picture2');
      expect((await record(PREMIS_EVENT, 'GET', `${API}/events/show/ac6a2b51-a2f4-4380-a3ca-8fa1d45ed6a6`)).identifier).toBe(
        'ac6a2b51-a2f4-4380-a3ca-8fa1d45ed6a6',
      );
    });

    it('every checksum of the default checksum page shows by id', async () => {
      const found = await checksums(null);
      expect(found).not.toHaveLength(0);
      for (const checksum of found) expect((await record(CHECKSUM, 'GET', `${API}/checksums/show/${checksum.id}`)).id).toBe(checksum.id);
    });

    it('every item of the default work item page shows by id', async () => {
      const found = await items(null);
      expect(found).not.toHaveLength(0);
      for (const item of found) expect((await itemById(item.id)).id).toBe(item.id);
    });
  });

  // -------------------------------------------------------------------------------------------
  describe('ingest: bucket reader, ingest stages, recorder, reingest and cleanup', () => {
    const BAG = 'test.edu.apt-001.tar';
    const OBJECT = 'test.edu/test.edu.apt-001';
    const FIRST_ETAG = '0123456789abcdef0123456789abcdef';
    const SECOND_ETAG = 'fedcba9876543210fedcba9876543210';
    const REINGESTED = ['data/files/data.xml', 'data/files/data.json', 'data/files/data.csv', 'bag-info.txt', 'aptrust-info.txt'];
    // Files the reingest leaves alone, two of them with names that need escaping in a path.
    const UNCHANGED = ['manifest-sha256.txt', 'data/Prakash_ 39 Harv. J.L. & Pub. Pol’y 341 .pdf', 'data/file name?.txt'];
    const ADDED = ['data/files/file_example_SVG_20kB.svg', 'data/files/.DS_Store'];
    let item: Json;
    let object: Json;
    const uuids = new Map<string, string>();

    /** What the bucket reader does for a new tar in test.edu's receiving bucket. */
    async function receive(etag: string): Promise<Json> {
      const institutions = await list(INSTITUTION, query('/institutions', [['page', '1'], ['per_page', '100']]));
      expect(institutions.map((institution) => institution.identifier)).toContain('test.edu');
      const known = await items([
        ['name', BAG], ['etag', etag], ['institution_id', '4'], ['action', 'Ingest'], ['sort', 'date_processed__desc'], ['page', '1'], ['per_page', '10'],
      ]);
      expect(known).toHaveLength(0);
      const created = await saveItem({
        action: 'Ingest', bag_date: nowUtc(-3600_000), bucket: 'aptrust.receiving.test.test.edu', date_processed: nowUtc(), etag,
        institution_id: 4, name: BAG, note: 'Item is in receiving bucket', outcome: 'Item is awaiting ingest', retry: true, size: 92160,
        stage: 'Receive', status: 'Pending', user: 'system@aptrust.org',
      });
      expect(created).toMatchObject({ queued_at: ZERO, intellectual_object_id: 0, generic_file_id: 0, node: '', pid: 0 });
      // Zero values are stored as "none": the queue sweeper's is_null filters find the new item.
      const unqueued = await items([
        ['action__in', 'Ingest'], ['action__in', 'Restore Object'], ['queued_at__is_null', 'true'], ['node__is_null', 'true'], ['name', BAG],
        ['generic_file_id__is_null', 'true'], ['intellectual_object_id__is_null', 'true'], ['retry', 'true'], ['status', 'Pending'], ['per_page', '100'],
      ]);
      expect(unqueued.map((found) => found.id)).toContain(created.id);
      const queued = await saveItem({ ...created, queued_at: nowUtc() });
      expect(queued.queued_at).not.toBe(ZERO);
      return queued;
    }

    /** What every ingest worker does with an NSQ message before and after its work. */
    async function processStage(itemId: number, stage: string, nextStage: string): Promise<Json> {
      const fetched = await itemById(itemId);
      // ObjectAlreadyIngested: nothing recorded yet with this etag since the item was created.
      const recorded = await objects([
        ['institution_id', '4'], ['etag', fetched.etag], ['updated_at__gteq', fetched.created_at.replace(/\.\d+/, '')], ['per_page', '1'], ['page', '1'],
      ]);
      expect(recorded).toHaveLength(0);
      for (let i = 0; i < 2; i++) {
        const others = await items([['per_page', '20'], ['name', BAG], ['institution_id', '4'], ['action', 'Ingest'], ['sort', 'date_processed__desc']]);
        expect(others.map((other) => other.id)).toContain(itemId);
      }
      const started = await saveItem({
        ...fetched, stage, status: 'Started', note: `${stage} in progress`, node: 'ingest-worker-01', pid: 4242, stage_started_at: nowUtc(),
      });
      expect(started).toMatchObject({ status: 'Started', node: 'ingest-worker-01', pid: 4242 });
      // The finishing save is the same fetched record again, as the worker never reads the answer back.
      const finished = await saveItem({ ...fetched, stage: nextStage, status: 'Pending', note: `${stage} succeeded`, node: '', pid: 0 });
      expect(finished).toMatchObject({ stage: nextStage, status: 'Pending', node: '', pid: 0 });
      return finished;
    }

    /** An ingested file as the recorder sends it (IngestFile.ToGenericFile). */
    function ingestFile(pathInBag: string, options: { id?: number; uuid?: string; reingest?: boolean; knownUrls?: boolean; objectId: number }): Json {
      const identifier = `${OBJECT}/${pathInBag}`;
      const fileUuid = options.uuid ?? randomUUID();
      uuids.set(identifier, fileUuid);
      const digestTime = nowUtc(-60_000);
      const urls = [storageUrl('preservation-va', fileUuid), storageUrl('preservation-or', fileUuid)];
      const event = (fields: Json) => ({
        identifier: randomUUID(), created_at: nowUtc(), updated_at: nowUtc(), institution_id: 4, intellectual_object_id: options.objectId,
        intellectual_object_identifier: OBJECT, generic_file_identifier: identifier, ...fields,
      });
      const digests = ['md5', 'sha1', 'sha256', 'sha512'].map((algorithm) => ({ algorithm, digest: `${algorithm}-${randomUUID()}` }));
      return goEncode(GENERIC_FILE, {
        id: options.id ?? 0, identifier, institution_id: 4, intellectual_object_id: options.objectId, file_format: 'text/plain', size: 4096,
        state: 'A', storage_option: 'Standard', uuid: fileUuid, last_fixity_check: digestTime, file_modified: nowUtc(-86_400_000),
        checksums: digests.map(({ algorithm, digest }) => ({ algorithm, datetime: digestTime, digest, generic_file_id: options.id ?? 0 })),
        storage_records: options.knownUrls ? [] : urls.map((url) => ({ url })),
        premis_events: [
          ...['md5', 'sha256'].map((algorithm) =>
            event({
              event_type: 'fixity check', date_time: digestTime, detail: 'Fixity check against registered hash', outcome: 'Success',
              outcome_detail: `${algorithm}:${digests.find((d) => d.algorithm === algorithm)!.digest}`, object: `Go language crypto/${algorithm}`,
              agent: `http://golang.org/pkg/crypto/${algorithm}/`, outcome_information: 'Fixity matches',
            }),
          ),
          ...digests.map(({ algorithm, digest }) =>
            event({
              event_type: 'message digest calculation', date_time: digestTime, detail: 'Calculated fixity value', outcome: 'Success',
              outcome_detail: `${algorithm}:${digest}`, object: `Go language crypto/${algorithm}`, agent: `http://golang.org/pkg/crypto/${algorithm}/`,
              outcome_information: 'Calculated fixity value',
            }),
          ),
          event({
            event_type: 'ingestion', date_time: nowUtc(-30_000), detail: `Completed copy to preservation storage (${fileUuid})`, outcome: 'Success',
            outcome_detail: `md5:${digests[0].digest}`, object: 'Preserv + Minio S3 client', agent: 'Minio S3 client',
            outcome_information: 'Put using md5 checksum',
          }),
          event({
            event_type: 'replication', date_time: nowUtc(-20_000), detail: 'Copied to replication storage and assigned replication URL identifier',
            outcome: 'Success', outcome_detail: urls[1], object: 'Go uuid library + Minio S3 library', agent: 'http://github.com/google/uuid',
            outcome_information: 'Replicated to secondary storage',
          }),
          ...(options.reingest
            ? []
            : [
                event({
                  event_type: 'identifier assignment', date_time: nowUtc(), detail: 'Assigned new institution.bag/path identifier', outcome: 'Success',
                  outcome_detail: identifier, object: 'APTrust exchange/ingest processor', agent: 'https://github.com/APTrust/preserv',
                  outcome_information: 'Assigned bag/filepath identifier',
                }),
                event({
                  event_type: 'identifier assignment', date_time: nowUtc(), detail: 'Assigned new storage URL identifier', outcome: 'Success',
                  outcome_detail: urls[0], object: 'Go uuid library + Minio S3 library', agent: 'http://github.com/google/uuid',
                  outcome_information: 'Assigned url identifier',
                }),
              ]),
        ],
      });
    }

    /** The object-level events of an ingest (creation and identifier assignment only the first time). */
    async function recordObjectEvents(objectId: number, first: boolean) {
      const types = first ? ['creation', 'identifier assignment', 'ingestion', 'access assignment'] : ['ingestion', 'access assignment'];
      for (const eventType of types) {
        const saved = await saveEvent({
          identifier: randomUUID(), event_type: eventType, date_time: nowUtc(), detail: `Object ${eventType}`, outcome: 'Success',
          outcome_detail: eventType === 'access assignment' ? 'institution' : OBJECT, object: 'APTrust preservation services',
          agent: 'https://github.com/APTrust/preserv', outcome_information: `Object ${eventType} recorded`, institution_id: 4,
          intellectual_object_id: objectId, intellectual_object_identifier: OBJECT, created_at: nowUtc(), updated_at: nowUtc(),
        });
        expect(saved.id).toBeGreaterThan(0);
        expect([saved.generic_file_id ?? 0, saved.generic_file_identifier ?? '', saved.intellectual_object_id]).toEqual([0, '', objectId]);
      }
    }

    it('bucket reader: a new Ingest item, then marked queued', async () => {
      item = await receive(FIRST_ETAG);
    });

    it('ingest stages: fetch, already-ingested checks, mark started, finish', async () => {
      item = await processStage(item.id, 'Receive', 'Validate');
      item = await processStage(item.id, 'Validate', 'Reingest Check');
    });

    it('reingest check: the object and its files are unknown (404)', async () => {
      expect((await send('GET', `${API}/objects/show/${escapeIdentifier(OBJECT)}`)).status).toBe(404);
      for (const path of [...REINGESTED, ...UNCHANGED]) {
        expect((await send('GET', `${API}/files/show/${escapeIdentifier(`${OBJECT}/${path}`)}`)).status).toBe(404);
      }
    });

    it('recorder: object, object events and one batch of files', async () => {
      object = await saveObject(
        {
          id: 0, identifier: OBJECT, institution_id: 4, institution_identifier: 'test.edu', title: 'APTrust Test Bag 001', description: 'Test bag 001 for integration tests',
          alt_identifier: 'bag001', access: 'institution', bag_name: 'test.edu.apt-001', bag_group_identifier: 'apt-001', bagit_profile_identifier: PROFILE,
          source_organization: 'Test University', internal_sender_identifier: 'bag001', internal_sender_description: 'Test bag 001 for integration tests',
          etag: FIRST_ETAG, state: 'A', storage_option: 'Standard',
        },
        201,
      );
      await recordObjectEvents(object.id, true);
      const batch = [...REINGESTED, ...UNCHANGED].map((path) => ingestFile(path, { objectId: object.id }));
      const saved = await createFileBatch(batch);
      expect(saved.map((file) => file.identifier).sort()).toEqual(batch.map((file) => file.identifier).sort());
      for (const file of saved) {
        expect(file.id).toBeGreaterThan(0);
        expect(file.updated_at).not.toBe(ZERO);
      }
    });

    it('recorder results: the object, its events, files, file events and checksums', async () => {
      expect(await objectByIdentifier(OBJECT)).toMatchObject({
        identifier: OBJECT, institution_identifier: 'test.edu', bag_group_identifier: 'apt-001', internal_sender_identifier: 'bag001',
        internal_sender_description: 'Test bag 001 for integration tests', state: 'A', storage_option: 'Standard', title: 'APTrust Test Bag 001',
      });
      const objectEvents = await events([['intellectual_object_id', String(object.id)], ['generic_file_id__is_null', 'true'], ['per_page', '20'], ['page', '1']]);
      expect(objectEvents.map((event) => event.event_type).sort()).toEqual(['access assignment', 'creation', 'identifier assignment', 'ingestion']);
      for (const event of objectEvents) expect(event).toMatchObject({ generic_file_id: 0, generic_file_identifier: '', intellectual_object_identifier: OBJECT });

      const recorded = await files([['intellectual_object_id', String(object.id)], ['per_page', '100'], ['page', '1']]);
      expect(recorded).toHaveLength(8);
      for (const file of recorded) {
        expect(file.created_at).not.toBe(ZERO);
        expect(file.last_fixity_check).not.toBe(ZERO);
        expect(file.uuid).toBe(uuids.get(file.identifier));
        const fileEvents = await events([['generic_file_id', String(file.id)], ['per_page', '100'], ['page', '1']]);
        const count = (type: string) => fileEvents.filter((event) => event.event_type === type).length;
        expect([count('message digest calculation'), count('identifier assignment'), count('ingestion'), count('replication')]).toEqual([4, 2, 1, 1]);
        for (const event of fileEvents) expect(event).toMatchObject({ generic_file_id: file.id, generic_file_identifier: file.identifier, intellectual_object_identifier: OBJECT });
        expect(await checksums([['generic_file_identifier', file.identifier], ['per_page', '100'], ['page', '1']])).toHaveLength(4);
      }
    });

    it('files whose names need escaping show by identifier', async () => {
      const tricky = `${OBJECT}/data/Prakash_ 39 Harv. J.L. & Pub. Pol’y 341 .pdf`;
      expect(escapeIdentifier(tricky)).toBe(
        'test.edu%2Ftest.edu.apt-001%2Fdata%2FPrakash_%2039%20Harv.%20J.L.%20%26%20Pub.%20Pol%E2%80%99y%20341%20.pdf',
      );
      expect((await fileByIdentifier(tricky)).identifier).toBe(tricky);
      expect(escapeIdentifier(`${OBJECT}/data/file name?.txt`)).toBe('test.edu%2Ftest.edu.apt-001%2Fdata%2Ffile%20name%3F.txt');
      expect((await fileByIdentifier(`${OBJECT}/data/file name?.txt`)).identifier).toBe(`${OBJECT}/data/file name?.txt`);
    });

    it('query values with spaces arrive form-encoded (`+`)', async () => {
      const [file] = await files([['intellectual_object_id', String(object.id)], ['sort', 'identifier'], ['per_page', '1']]);
      const url = query('/events', [['generic_file_id', String(file.id)], ['event_type', 'message digest calculation']]);
      expect(url).toContain('event_type=message+digest+calculation');
      const digests = await list(PREMIS_EVENT, url);
      expect(digests.map((event) => event.event_type)).toEqual(Array(4).fill('message digest calculation'));
    });

    it('a redelivered message finds the object and its ingest event (ObjectAlreadyIngested)', async () => {
      const fetched = await itemById(item.id);
      const since = fetched.created_at.replace(/\.\d+/, '');
      const [found] = await objects([['institution_id', '4'], ['etag', FIRST_ETAG], ['updated_at__gteq', since], ['per_page', '1'], ['page', '1']]);
      expect(found.id).toBe(object.id);
      const ingestEvents = await events([
        ['event_type', 'ingestion'], ['intellectual_object_id', String(object.id)], ['generic_file_id__is_null', 'true'], ['date_time__gteq', since],
        ['outcome', 'Success'],
      ]);
      expect(ingestEvents).toHaveLength(1);
    });

    it('cleanup: the ingest item gets its object id and succeeds', async () => {
      const fetched = await itemById(item.id);
      const done = await saveItem({
        ...fetched, intellectual_object_id: object.id, stage: 'Cleanup', status: 'Success', note: 'Cleanup succeeded. Ingest complete.',
        retry: false, needs_admin_review: false, node: '', pid: 0,
      });
      expect(done).toMatchObject({ intellectual_object_id: object.id, status: 'Success' });
      expect((await itemById(item.id)).object_identifier).toBe(OBJECT);
    });

    it('reingest: the object is updated, changed files updated one by one, new files batched', async () => {
      item = await receive(SECOND_ETAG);
      // The reingest manager finds the object and the files it already has.
      const existing = await objectByIdentifier(OBJECT);
      const known = new Map<string, Json>();
      for (const path of [...REINGESTED, ...ADDED]) {
        const response = await send('GET', `${API}/files/show/${escapeIdentifier(`${OBJECT}/${path}`)}`);
        if (ADDED.includes(path)) expect(response.status).toBe(404);
        else known.set(path, response.body);
      }
      const updated = await saveObject({
        id: existing.id, identifier: OBJECT, institution_id: 4, institution_identifier: 'test.edu', title: 'APTrust Bag 001 (updated)',
        description: 'Updated APTrust bag 001 - updated', alt_identifier: 'bag-001-updated', access: 'institution', bag_name: 'test.edu.apt-001',
        bag_group_identifier: 'apt-001-updated', bagit_profile_identifier: PROFILE, source_organization: 'Test University',
        internal_sender_identifier: 'bag-001-updated', internal_sender_description: 'Updated APTrust bag 001 - updated', etag: SECOND_ETAG, state: 'A',
        // The new bag asks for another storage option; an active object keeps the one it has.
        storage_option: 'Wasabi-OR',
      });
      expect(updated).toMatchObject({ id: existing.id, title: 'APTrust Bag 001 (updated)', etag: SECOND_ETAG, storage_option: 'Standard' });
      expect(Date.parse(updated.updated_at)).toBeGreaterThan(Date.parse(updated.created_at));
      await recordObjectEvents(existing.id, false);

      const added = await createFileBatch(ADDED.map((path) => ingestFile(path, { objectId: existing.id })));
      expect(added).toHaveLength(2);
      for (const path of REINGESTED) {
        const old = known.get(path)!;
        const sent = ingestFile(path, { id: old.id, uuid: old.uuid, reingest: true, knownUrls: true, objectId: existing.id });
        const saved = await saveFile(sent);
        expect(saved).toMatchObject({ id: old.id, identifier: old.identifier, uuid: old.uuid });
        expect(saved.updated_at).not.toBe(old.updated_at);
      }

      // What the recorder's integration test then checks.
      const after = await objectByIdentifier(OBJECT);
      expect(after).toMatchObject({
        alt_identifier: 'bag-001-updated', bag_group_identifier: 'apt-001-updated', description: 'Updated APTrust bag 001 - updated',
        internal_sender_identifier: 'bag-001-updated', internal_sender_description: 'Updated APTrust bag 001 - updated', title: 'APTrust Bag 001 (updated)',
      });
      const objectEvents = await events([['intellectual_object_id', String(after.id)], ['generic_file_id__is_null', 'true'], ['per_page', '300'], ['page', '1']]);
      const count = (found: Json[], type: string) => found.filter((event) => event.event_type === type).length;
      expect(['creation', 'identifier assignment', 'access assignment', 'ingestion'].map((type) => count(objectEvents, type))).toEqual([1, 1, 2, 2]);

      const changed = await files([['intellectual_object_id', String(after.id)], ['updated_at__gteq', after.updated_at], ['per_page', '300'], ['page', '1']]);
      expect(changed.map((file) => file.identifier).sort()).toEqual([...REINGESTED, ...ADDED].map((path) => `${OBJECT}/${path}`).sort());
      for (const file of changed) {
        expect(Date.parse(file.updated_at)).toBeGreaterThanOrEqual(Date.parse(after.updated_at));
        const reingested = REINGESTED.some((path) => file.identifier === `${OBJECT}/${path}`);
        const fileEvents = await events([['generic_file_id', String(file.id)], ['per_page', '100'], ['page', '1']]);
        expect(['identifier assignment', 'ingestion', 'message digest calculation', 'replication'].map((type) => count(fileEvents, type))).toEqual(
          reingested ? [2, 2, 8, 2] : [2, 1, 4, 1],
        );
        expect(await checksums([['generic_file_id', String(file.id)], ['per_page', '100'], ['page', '1']])).toHaveLength(reingested ? 8 : 4);
        expect(file.storage_records).toHaveLength(2);
      }
    });

    it('recorder recovery: the files of an object by its identifier', async () => {
      const found = await files([['intellectual_object_identifier', OBJECT], ['page', '1'], ['per_page', '100']]);
      expect(found).toHaveLength(10);
    });
  });

  // -------------------------------------------------------------------------------------------
  describe('fixity: queueing and checking', () => {
    const FILE = 'institution1.edu/photos/data/test_http_file.txt';
    const FILE_UUID = '8dc5ba50-4a53-4cfc-bb27-6f5e799ace53';
    const EXPECTED = '504bb0ab957b554163bb242266dbac895f0fdcd63a1885c573099d901636b0a7';
    let file: Json;

    it('set-up: a Standard file with a sha256 and two storage records', async () => {
      const object = await objectByIdentifier('institution1.edu/photos');
      file = await saveFile({
        file_format: 'text/plain', file_modified: nowUtc(), id: 0, identifier: FILE, institution_id: object.institution_id,
        intellectual_object_id: object.id, size: 15, state: 'A', storage_option: 'Standard', uuid: FILE_UUID,
      });
      const now = nowUtc();
      await record(CHECKSUM, 'POST', `${API}/checksums/create/${file.institution_id}`, goEncode(CHECKSUM, {
        algorithm: 'sha256', created_at: now, datetime: now, digest: EXPECTED, generic_file_id: file.id, id: 0, updated_at: now, institution_id: file.institution_id,
      }), 201);
      for (const bucket of ['preservation-va', 'preservation-or']) {
        await createStorageRecord({ url: storageUrl(bucket, FILE_UUID), generic_file_id: file.id }, file.institution_id);
      }
    });

    it('queue: files due a check, oldest check first (answers 200, every result matches)', async () => {
      const lteq = new Date(Date.now() - 90 * 86_400_000);
      const gteq = new Date(lteq.getTime() - 30 * 86_400_000);
      const found = await files([
        ['per_page', '500'], ['page', '1'], ['storage_option__in', 'Standard'], ['storage_option__in', 'Wasabi-VA'], ['storage_option__in', 'Wasabi-OR'],
        ['storage_option__in', 'Wasabi-TX'], ['state', 'A'], ['sort', 'last_fixity_check'],
        ['last_fixity_check__lteq', goTime(lteq.getTime() - (lteq.getTime() % 1000))], ['last_fixity_check__gteq', goTime(gteq.getTime() - (gteq.getTime() % 1000))],
      ]);
      for (const due of found) {
        expect(due.state).toBe('A');
        expect(['Standard', 'Wasabi-VA', 'Wasabi-OR', 'Wasabi-TX']).toContain(due.storage_option);
      }
    });

    it('queue paging: the next link keeps every filter, repeated keys included, until count is reached', async () => {
      // A window wide enough for the fixture files (last checked 2000-01-01), five files a page.
      let params: Array<[string, string]> = [
        ['per_page', '5'], ['page', '1'], ['storage_option__in', 'Standard'], ['storage_option__in', 'Wasabi-VA'], ['storage_option__in', 'Wasabi-OR'],
        ['storage_option__in', 'Wasabi-TX'], ['state', 'A'], ['sort', 'last_fixity_check'], ['last_fixity_check__lteq', goTime(Date.now() - 90 * 86_400_000 - (Date.now() % 1000))],
        ['last_fixity_check__gteq', '1999-12-01T00:00:00Z'],
      ];
      const seen: Json[] = [];
      let count = -1;
      for (let pages = 0; pages < 50; pages++) {
        const response = await send('GET', query('/files', params));
        expect(envelopeProblems(GENERIC_FILE, response.body)).toEqual([]);
        count = response.body.count;
        seen.push(...response.body.results);
        if (!response.body.next) break;
        // ParamsForNextPage: only the query string of `next` is used.
        const next = new URL(response.body.next, 'http://ignored').searchParams;
        expect(next.getAll('storage_option__in')).toEqual(['Standard', 'Wasabi-VA', 'Wasabi-OR', 'Wasabi-TX']);
        expect(next.get('page')).toBe(String(Number(params.find(([key]) => key === 'page')![1]) + 1));
        params = [...next.entries()];
      }
      expect(count).toBeGreaterThan(5);
      expect(seen).toHaveLength(count);
      expect(new Set(seen.map((due) => due.id)).size).toBe(count);
      const checked = seen.map((due) => due.last_fixity_check);
      expect(checked).toEqual([...checked].sort());
    });

    it('check: the file with its checksums and storage records, a matching and a failed fixity event', async () => {
      const fetched = await fileById(file.id);
      expect(fetched.checksums.find((checksum: Json) => checksum.algorithm === 'sha256').digest).toBe(EXPECTED);
      expect(fetched.storage_records.map((storageRecord: Json) => storageRecord.url).sort()).toEqual(
        [storageUrl('preservation-or', FILE_UUID), storageUrl('preservation-va', FILE_UUID)],
      );
      const fixityEvent = (outcome: 'Success' | 'Failed', actual: string) => ({
        agent: 'http://golang.org/pkg/crypto/sha256/', date_time: nowUtc(), detail: 'Fixity check against registered hash', event_type: 'fixity check',
        generic_file_id: fetched.id, generic_file_identifier: fetched.identifier, identifier: randomUUID(), institution_id: fetched.institution_id,
        intellectual_object_id: fetched.intellectual_object_id, object: 'Go language crypto/sha256', outcome, outcome_detail: `sha256:${actual}`,
        outcome_information: outcome === 'Success' ? `Fixity matches at ${fetched.storage_records[0].url}: ${actual}` : `Fixity did not match at ${fetched.storage_records[0].url}. Expected ${EXPECTED}, got ${actual}`,
      });
      const matched = fixityEvent('Success', EXPECTED);
      const response = await send('POST', `${API}/events/create`, goEncode(PREMIS_EVENT, matched));
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ outcome: 'Success', generic_file_id: fetched.id, date_time: matched.date_time });
      expect((await fileById(file.id)).last_fixity_check).toBe(toMicros(matched.date_time));

      const mismatch = fixityEvent('Failed', 'this-will-not-match');
      expect((await send('POST', `${API}/events/create`, goEncode(PREMIS_EVENT, mismatch))).status).toBe(201);
      expect((await fileById(file.id)).last_fixity_check).toBe(toMicros(mismatch.date_time));
    });

    it('single-file mode: the file by identifier', async () => {
      expect((await fileByIdentifier(FILE)).uuid).toBe(FILE_UUID);
    });
  });

  // -------------------------------------------------------------------------------------------
  describe('deletion: a file, then the rest of its object', () => {
    const OBJECT = 'institution2.edu/springfield';
    const NAMES = ['doc1', 'doc2', 'doc3'];
    let object: Json;
    const saved: Json[] = [];
    const REQUESTED_BY = 'requestor@example.com';
    const INST_APPROVER = 'approver@example.com';
    const APTRUST_APPROVER = 'some-admin@aptrust.org';

    /** The deletion worker for one file: storage records, one deletion event per copy, then files/delete. */
    async function deleteFile(file: Json) {
      const records = await storageRecords([['generic_file_id', String(file.id)]]);
      expect(records).toHaveLength(PRESERVATION_BUCKETS.length);
      for (const storageRecord of records) {
        const now = nowUtc();
        await saveEvent({
          identifier: randomUUID(), event_type: 'deletion', date_time: now, detail: `Deleted one copy of this file from ${storageRecord.url}`,
          outcome: 'Success', outcome_detail: REQUESTED_BY, object: 'Preserv + Minio S3 client', agent: 'Minio S3 client',
          outcome_information: `File deleted at the request of ${REQUESTED_BY}. Institutional approver: ${INST_APPROVER}. APTrust approver: ${APTRUST_APPROVER}.`,
          intellectual_object_identifier: OBJECT, generic_file_id: file.id, generic_file_identifier: file.identifier, institution_id: file.institution_id,
          intellectual_object_id: file.intellectual_object_id, created_at: now, updated_at: now,
        });
      }
      await expectDeleted(`${API}/files/delete/${file.id}`);
    }

    /** The deletion worker marks its Delete item started, and finished once the manager is done, from the record it fetched. */
    async function runDeleteItem(itemId: number, work: () => Promise<void>) {
      const fetched = await itemById(itemId);
      expect(fetched).toMatchObject({ action: 'Delete', status: 'Started' });
      expect(fetched.inst_approver).toBeTruthy();
      const started = await saveItem({ ...fetched, stage: 'Resolve', status: 'Started', note: 'Deleting files', node: 'delete-01', pid: 99, stage_started_at: nowUtc() });
      expect(started.deletion_request_id).toBe(fetched.deletion_request_id);
      await work();
      const done = await saveItem({ ...fetched, stage: 'Resolve', status: 'Success', note: 'Finished deletion', outcome: 'Deleted', node: '', pid: 0, retry: false });
      expect(done).toMatchObject({ status: 'Success', deletion_request_id: fetched.deletion_request_id });
    }

    async function expectFileDeleted(fileId: number) {
      expect((await fileById(fileId)).state).toBe('D');
      expect(await storageRecords([['generic_file_id', String(fileId)]])).toHaveLength(0);
      const deletionEvents = await events([['generic_file_id', String(fileId)], ['event_type', 'deletion'], ['page', '1'], ['per_page', '20']]);
      // One per copy from the worker, and the registry's own when the file is marked deleted.
      expect(deletionEvents).toHaveLength(PRESERVATION_BUCKETS.length + 1);
      for (const event of deletionEvents) {
        expect(event).toMatchObject({ outcome: 'Success', intellectual_object_identifier: OBJECT, institution_id: 3 });
        expect(event.intellectual_object_id).not.toBe(0);
        expect([
          `File deleted at the request of ${REQUESTED_BY}. Institutional approver: ${INST_APPROVER}. APTrust approver: ${APTRUST_APPROVER}.`,
          // The registry's wording; its requester and approver are those prepare_file_delete chose.
          'File deleted at the request of admin@inst2.edu. Institutional approver: admin@inst2.edu. This event confirms all preservation copies have been deleted.',
        ]).toContain(event.outcome_information);
      }
    }

    it('set-up: a copy of institution2.edu/coal with three files, ingest events and ten copies each', async () => {
      const coal = await objectByIdentifier('institution2.edu/coal');
      object = await saveObject({ ...coal, id: 0, identifier: OBJECT, bag_name: 'springfield.tar', state: 'A' });
      for (const name of NAMES) {
        const file = {
          file_format: 'application/ms-word', identifier: `${OBJECT}/${name}`, institution_id: object.institution_id, intellectual_object_id: object.id,
          size: 500, state: 'A', storage_option: 'Standard', uuid: randomUUID(),
        };
        saved.push(await saveFile(file));
        // The client's test builds this event from the unsaved file, so it is an object-level event.
        const timestamp = nowUtc(-60_000);
        await saveEvent({
          identifier: randomUUID(), event_type: 'ingestion', date_time: timestamp, detail: 'Item was ingested', outcome: 'Success',
          outcome_detail: 'yadda yadda yadda', object: 'Preserv + Minio S3 client', agent: 'Minio S3 client',
          outcome_information: 'blah blah blah', institution_id: file.institution_id, intellectual_object_id: file.intellectual_object_id,
          created_at: timestamp, updated_at: timestamp,
        });
      }
      for (const name of NAMES) {
        const file = await fileByIdentifier(`${OBJECT}/${name}`);
        for (const bucket of PRESERVATION_BUCKETS) await createStorageRecord({ url: storageUrl(bucket, name), generic_file_id: file.id }, file.institution_id);
      }
    });

    it('one file: prepare_file_delete, then the worker deletes it', async () => {
      const item = await record(WORK_ITEM, 'POST', `${API}/prepare_file_delete/${saved[0].id}`);
      expect(item.id).toBeGreaterThan(0);
      expect(item.deletion_request_id).toBeGreaterThan(0);
      await runDeleteItem(item.id, async () => deleteFile(await fileById(saved[0].id)));
      await expectFileDeleted(saved[0].id);
    });

    it('the object: prepare_object_delete, then the worker deletes its active files and the object', async () => {
      const item = await record(WORK_ITEM, 'POST', `${API}/prepare_object_delete/${object.id}`);
      expect(item.id).toBeGreaterThan(0);
      expect(item.deletion_request_id).toBeGreaterThan(0);
      await runDeleteItem(item.id, async () => {
        const active = await files([['intellectual_object_id', String(object.id)], ['page', '1'], ['state', 'A'], ['per_page', '200']]);
        expect(active.map((file) => file.id).sort()).toEqual([saved[1].id, saved[2].id].sort());
        for (const file of active) await deleteFile(file);
        const fetched = await objectById(object.id);
        await expectDeleted(`${API}/objects/delete/${fetched.id}`);
      });

      for (const file of saved.slice(1)) await expectFileDeleted(file.id);
      expect((await objectById(object.id)).state).toBe('D');
      const deletionEvents = await events([['intellectual_object_id', String(object.id)], ['event_type', 'deletion'], ['page', '1'], ['per_page', '100']]);
      expect(deletionEvents.filter((event) => event.generic_file_id === 0)).toHaveLength(1);
      expect(deletionEvents.filter((event) => event.generic_file_id !== 0)).toHaveLength(3 * (PRESERVATION_BUCKETS.length + 1));
      const [objectEvent] = await events([
        ['intellectual_object_id', String(object.id)], ['event_type', 'deletion'], ['generic_file_id__is_null', 'true'], ['sort', 'date_time__desc'],
        ['page', '1'], ['per_page', '1'],
      ]);
      expect(objectEvent).toMatchObject({
        agent: 'APTrust preservation services', generic_file_id: 0, intellectual_object_id: object.id,
        outcome_information: 'Object deleted at the request of admin@inst2.edu. Institutional approver: admin@inst2.edu.',
      });
    });
  });

  // -------------------------------------------------------------------------------------------
  describe('restoration: the bag restorer reads the item, object, institution and files', () => {
    it('reads a Restore Object item and pages through the active files by identifier', async () => {
      const item = await itemById(31);
      expect(item).toMatchObject({ action: 'Restore Object', object_identifier: 'institution1.edu/photos', generic_file_identifier: '' });
      const object = await objectByIdentifier(item.object_identifier);
      const institution = await record(INSTITUTION, 'GET', `${API}/institutions/show/${object.institution_id}`);
      expect(institution.restore_bucket).toBeTruthy();
      const restored: Json[] = [];
      for (let page = 1; ; page++) {
        const response = await send('GET', query('/files', [
          ['intellectual_object_id', String(object.id)], ['page', String(page)], ['per_page', '2'], ['sort', 'identifier'], ['state', 'A'],
        ]));
        expect(response.status).toBe(200);
        expect(envelopeProblems(GENERIC_FILE, response.body)).toEqual([]);
        restored.push(...response.body.results);
        if (!response.body.next) break;
        expect(new URL(response.body.next, 'http://registry').searchParams.get('page')).toBe(String(page + 1));
      }
      expect(restored.length).toBeGreaterThan(2);
      expect(isIncreasing(restored.map((file) => file.identifier))).toBe(true);
      for (const file of restored) {
        expect(file.state).toBe('A');
        expect(file.uuid).toBeTruthy();
        expect(Array.isArray(file.checksums) && Array.isArray(file.storage_records)).toBe(true);
      }
      const started = await saveItem({ ...item, status: 'Started', stage: 'Restoring', node: 'restore-01', pid: 77, note: 'Restoring' });
      expect(started.status).toBe('Started');
    });

    it('a restore item created with its object and file ids shows their identifiers', async () => {
      const created = await saveItem({
        action: 'Restore File', bag_date: nowUtc(-86_400_000), bucket: 'aptrust.restore.test.institution1.edu', date_processed: nowUtc(),
        etag: 'a1b2c3d4e5f60718293a4b5c6d7e8f90', institution_id: 2, intellectual_object_id: 1, generic_file_id: 1, name: 'photos.tar',
        note: 'Restoration requested', outcome: 'Not started', retry: true, size: 243855000, stage: 'Requested', status: 'Pending',
        user: 'system@aptrust.org', queued_at: nowUtc(),
      });
      expect(created).toMatchObject({ intellectual_object_id: 1, generic_file_id: 1 });
      const fetched = await itemById(created.id);
      expect(fetched).toMatchObject({
        object_identifier: 'institution1.edu/photos', generic_file_identifier: 'institution1.edu/photos/picture1', storage_option: 'Standard',
      });
      // The file restorer finishes the item from the record it fetched.
      const done = await saveItem({ ...fetched, stage: 'Cleanup', status: 'Success', note: 'File restored', outcome: 'Restored to aptrust.restore.test.institution1.edu' });
      expect(done.status).toBe('Success');
    });
  });
  // -------------------------------------------------------------------------------------------
  describe('decoding every record', () => {
    it('older clients put a slash before the query of every list; it answers the same', async () => {
      for (const path of ['/institutions', '/files', '/checksums', '/events', '/storage_records', '/items']) {
        const params: Array<[string, string]> = [['per_page', '5'], ['sort', 'id__asc']];
        const plain = await send('GET', query(path, params));
        const slashed = await send('GET', query(`${path}/`, params));
        expect([path, slashed.status]).toEqual([path, 200]);
        expect(slashed.body.results).toEqual(plain.body.results);
      }
    });

    it('every row of every list the client reads decodes into its struct', async () => {
      const lists: Array<[string, GoStruct]> = [
        ['/institutions', INSTITUTION], ['/objects/', INTELLECTUAL_OBJECT], ['/files', GENERIC_FILE], ['/checksums', CHECKSUM],
        ['/events', PREMIS_EVENT], ['/storage_records', STORAGE_RECORD], ['/items', WORK_ITEM],
      ];
      for (const [path, struct] of lists) {
        let rows = 0;
        for (let page = 1; ; page++) {
          const response = await send('GET', query(path, [['page', String(page)], ['per_page', '200']]));
          expect([path, response.status]).toEqual([path, 200]);
          expect(envelopeProblems(struct, response.body)).toEqual([]);
          rows += response.body.results.length;
          if (!response.body.next) break;
        }
        expect([path, rows]).toEqual([path, (await send('GET', query(path, [['per_page', '1']]))).body.count]);
      }
      for (let id = 1; id <= 14; id++) expect(decodeProblems(INTELLECTUAL_OBJECT, (await send('GET', `${API}/objects/show/${id}`)).body, `object ${id}`)).toEqual([]);
    });
  });
});
