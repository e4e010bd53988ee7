import { createTestApp, type TestApp } from '../../support/test-app.js';

interface ListJson {
  count: number;
  next: string;
  previous: string;
  results: Record<string, unknown>[];
}

/** The list-query rules every admin API list shares (api.md §4.2–§4.5), over HTTP. */
describe('admin API: list parameters', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const list = async (url: string): Promise<ListJson> => {
    const { status, body } = await t.getJson('sysAdmin', url);
    expect({ url, status }).toEqual({ url, status: 200 });
    return body as ListJson;
  };
  const ids = (body: ListJson) => body.results.map((row) => row.id);

  it('links a list asked for with a trailing slash, as Preserv sends it, on the path without it (§4.3)', async () => {
    const first = await list('/admin-api/v3/objects/?institution_id=2&sort=identifier__asc&per_page=2');
    expect(first.next).toBe('/admin-api/v3/objects?institution_id=2&page=2&per_page=2&sort=identifier__asc');
    const second = await list('/admin-api/v3/objects/?institution_id=2&sort=identifier__asc&per_page=2&page=2');
    expect(second.previous).toBe('/admin-api/v3/objects?institution_id=2&page=1&per_page=2&sort=identifier__asc');
    expect(second.next).toBe('/admin-api/v3/objects?institution_id=2&page=3&per_page=2&sort=identifier__asc');
  });

  describe('sort (§4.4)', () => {
    it('sorts ascending when the direction is missing or invalid, and accepts a column sorted twice', async () => {
      const ascending = ids(await list('/admin-api/v3/institutions?sort=name__asc'));
      expect(ids(await list('/admin-api/v3/institutions?sort=name__sideways'))).toEqual(ascending);
      expect(ids(await list('/admin-api/v3/institutions?sort=name__asc&sort=name__desc'))).toEqual(ascending);
      expect(ids(await list('/admin-api/v3/institutions?sort=name__desc'))).toEqual([...ascending].reverse());
    });

    it.each(['last_spot_restore_work_item_id', 'parent_identifier', 'parent_state', 'parent_deactivated_at'])(
      'sorts institutions by %s, as by every field of InstitutionView',
      async (field) => {
        const ascending = await list(`/admin-api/v3/institutions?sort=${field}&sort=id`);
        expect(ascending.count).toBe(5);
        expect(ids(await list(`/admin-api/v3/institutions?sort=${field}__desc&sort=id__desc`))).toEqual(ids(ascending).reverse());
      },
    );

    it('still answers 400 for an unknown sort column', async () => {
      const { status, body } = await t.getJson('sysAdmin', '/admin-api/v3/institutions?sort=member_institution_id__up');
      expect(status).toBe(400);
      expect(body.Error).toMatch(/sort/);
    });
  });

  describe('page and per_page (§4.2, §4.3)', () => {
    it('reads a bad page as page 1 and a bad per_page as 20', async () => {
      const body = await list('/admin-api/v3/items?page=0&per_page=-1&sort=id');
      expect(body.count).toBe(33);
      expect(body.results).toHaveLength(20);
      expect(body.results[0].id).toBe(1);
      expect(body.previous).toBe('');
      expect(body.next).toBe('/admin-api/v3/items?page=2&per_page=20&sort=id');
    });

    it('caps per_page at 1000 rows and links with 1000, but skips (page − 1) × the requested per_page', async () => {
      await t.db.dataSource.query(`INSERT INTO storage_records (generic_file_id, url) SELECT 1, 'https://example.org/' || n FROM generate_series(1, 1500) AS n`);
      const records = '/admin-api/v3/storage_records?generic_file_id=1&sort=id__asc';
      const all = ids(await list(`${records}&per_page=1000`)).concat(ids(await list(`${records}&per_page=1000&page=2`)));
      expect(all).toHaveLength(1502);

      const secondPage = await list(`${records}&per_page=1100&page=2`);
      expect(secondPage.count).toBe(1502);
      expect(ids(secondPage)).toEqual(all.slice(1100));
      expect(secondPage.previous).toBe('/admin-api/v3/storage_records?generic_file_id=1&page=1&per_page=1000&sort=id__asc');
      expect(secondPage.next).toBe('');
    });
  });

  it('applies no is_null / not_null condition for values other than true and false (§4.5)', async () => {
    expect((await list('/admin-api/v3/items?queued_at__is_null=true')).count).toBe(0);
    expect((await list('/admin-api/v3/items?queued_at__not_null=false')).count).toBe(0);
    expect((await list('/admin-api/v3/items?queued_at__is_null=maybe')).count).toBe(33);
    expect((await list('/admin-api/v3/items?queued_at__not_null=TRUE&queued_at__is_null=no')).count).toBe(33);
  });
});
