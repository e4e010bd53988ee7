import { createTestApp, type Persona, type TestApp } from '../../support/test-app.js';

interface ListJson {
  count: number;
  next: string;
  previous: string;
  results: Record<string, unknown>[];
}

/** The list-query rules every member API list shares (api.md §4.2–§4.5), over HTTP. */
describe('member API: list parameters', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const list = async (persona: Persona, url: string): Promise<ListJson> => {
    const { status, body } = await t.getJson(persona, url);
    expect({ url, status }).toEqual({ url, status: 200 });
    return body as ListJson;
  };
  const ids = (body: ListJson) => body.results.map((row) => row.id);
  const values = (body: ListJson, field: string) => body.results.map((row) => row[field] as string);

  describe('sort (§4.4)', () => {
    it('sorts ascending when the direction is missing or invalid', async () => {
      const ascending = await list('instUser', '/member-api/v3/objects?sort=identifier__asc');
      expect(values(ascending, 'identifier')).toEqual([...values(ascending, 'identifier')].sort());
      for (const sort of ['identifier', 'identifier__up', 'identifier__DESC', 'identifier__']) {
        expect(ids(await list('instUser', `/member-api/v3/objects?sort=${sort}`))).toEqual(ids(ascending));
      }
    });

    it('accepts a column sorted twice; its first direction orders', async () => {
      const descending = ids(await list('instUser', '/member-api/v3/objects?sort=identifier__desc'));
      expect(ids(await list('instUser', '/member-api/v3/objects?sort=identifier__desc&sort=identifier__asc'))).toEqual(descending);
      expect(ids(await list('instUser', '/member-api/v3/objects?sort=identifier__desc&sort=size__asc&sort=identifier'))).toEqual(descending);
    });

    it.each(['description', 'institution_type', 'internal_sender_description', 'payload_size'])(
      'sorts objects by %s, as by every field of IntellectualObjectView',
      async (field) => {
        const ascending = await list('instUser', `/member-api/v3/objects?sort=${field}__asc&sort=id__asc`);
        expect(ascending.count).toBe(6);
        const descending = await list('instUser', `/member-api/v3/objects?sort=${field}__desc&sort=id__desc`);
        expect(ids(descending)).toEqual(ids(ascending).reverse());
      },
    );

    it('orders by description', async () => {
      const described = values(await list('instUser', '/member-api/v3/objects?sort=description'), 'description');
      expect(described).toEqual([...described].sort());
      expect(described).not.toEqual(values(await list('instUser', '/member-api/v3/objects'), 'description'));
    });

    it('still answers 400 for an unknown sort column, whatever its direction', async () => {
      for (const sort of ['nope__asc', 'nope__up', 'mod_time', '']) {
        const { status, body } = await t.getJson('instUser', `/member-api/v3/files?sort=${sort}`);
        expect({ sort, status, code: body.StatusCode }).toEqual({ sort, status: 400, code: 400 });
        expect(body.Error).toMatch(/sort/);
      }
    });
  });

  describe('page and per_page (§4.2, §4.3)', () => {
    it.each(['0', '-3', 'abc', '1.5'])('reads page=%s as page 1', async (page) => {
      const body = await list('instUser', `/member-api/v3/events?per_page=5&page=${page}`);
      expect(body.count).toBe(27);
      expect(ids(body)).toEqual(ids(await list('instUser', '/member-api/v3/events?per_page=5')));
      expect(body.previous).toBe('');
      expect(body.next).toBe('/member-api/v3/events?page=2&per_page=5');
    });

    it.each(['0', '-1', 'all'])('reads per_page=%s as the default 20, and links with it', async (perPage) => {
      const body = await list('sysAdmin', `/member-api/v3/events?per_page=${perPage}`);
      expect(body.count).toBe(54);
      expect(body.results).toHaveLength(20);
      expect(body.next).toBe('/member-api/v3/events?page=2&per_page=20');
    });

    it('caps per_page at 1000 rows and links with 1000, but skips (page − 1) × the requested per_page', async () => {
      await t.db.dataSource.query(
        `INSERT INTO checksums (algorithm, datetime, digest, generic_file_id, created_at, updated_at)
         SELECT 'bulk', now(), md5(n::text), 1, now(), now() FROM generate_series(1, 1500) AS n`,
      );
      const [{ first }] = await t.db.dataSource.query(`SELECT min(id)::int AS first FROM checksums WHERE algorithm = 'bulk'`);

      const firstPage = await list('instUser', '/member-api/v3/checksums?algorithm=bulk&sort=id__asc&per_page=1200');
      expect(firstPage.count).toBe(1500);
      expect(firstPage.results).toHaveLength(1000);
      expect(firstPage.next).toBe('/member-api/v3/checksums?algorithm=bulk&page=2&per_page=1000&sort=id__asc');

      const secondPage = await list('instUser', '/member-api/v3/checksums?algorithm=bulk&sort=id__asc&per_page=1200&page=2');
      expect(secondPage.count).toBe(1500);
      expect(secondPage.results).toHaveLength(300);
      expect(secondPage.results[0].id).toBe(first + 1200);
      expect(secondPage.next).toBe('');
      expect(secondPage.previous).toBe('/member-api/v3/checksums?algorithm=bulk&page=1&per_page=1000&sort=id__asc');
    });
  });

  describe('is_null / not_null values other than true and false (§4.5)', () => {
    it('apply no condition on events', async () => {
      expect((await list('instUser', '/member-api/v3/events?generic_file_id__is_null=true')).count).toBe(3);
      expect((await list('instUser', '/member-api/v3/events?generic_file_id__is_null=false')).count).toBe(24);
      expect((await list('instUser', '/member-api/v3/events?generic_file_id__is_null=maybe')).count).toBe(27);
    });

    it('apply no condition on work items', async () => {
      expect((await list('instUser', '/member-api/v3/items?node__is_null=false')).count).toBe(0);
      expect((await list('instUser', '/member-api/v3/items?node__not_null=true')).count).toBe(0);
      expect((await list('instUser', '/member-api/v3/items?node__is_null=1')).count).toBe(16);
      expect((await list('instUser', '/member-api/v3/items?node__not_null=yes&queued_at__is_null=')).count).toBe(16);
    });
  });

  it('links a request with a trailing slash on the path without it (§4.3)', async () => {
    const body = await list('instUser', '/member-api/v3/events/?per_page=5&page=2');
    expect(body.next).toBe('/member-api/v3/events?page=3&per_page=5');
    expect(body.previous).toBe('/member-api/v3/events?page=1&per_page=5');
  });
});
