import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildMemberApiDocument } from '../../../src/shared/http/api-docs.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

const COMMITTED = path.join(__dirname, '..', '..', '..', 'openapi', 'member-api.json');
const MEMBER_ROUTES = ['alerts', 'alerts/show/{id}/{user_id}', 'checksums', 'checksums/show/{id}', 'deletions', 'deletions/show/{id}', 'events',
  'events/show/{path}', 'files', 'files/show/{path}', 'items', 'items/show/{id}', 'objects', 'objects/show/{path}'];

describe('member API documentation', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ fixtures: false });
  });
  afterAll(async () => {
    await t.close();
  });

  it('matches the committed openapi/member-api.json (run `npm run openapi` after changing the API)', async () => {
    const generated = `${JSON.stringify(buildMemberApiDocument(t.app), null, 2)}\n`;
    if (process.env.UPDATE_OPENAPI === '1') await writeFile(COMMITTED, generated);
    expect(generated).toBe(await readFile(COMMITTED, 'utf8'));
  });

  it('is served as JSON and as Swagger UI without credentials', async () => {
    const json = await t.request('anonymous', '/member-api/v3/openapi.json');
    expect(json.statusCode).toBe(200);
    expect(Object.keys(json.json().paths).every((p: string) => p.startsWith('/member-api/v3/'))).toBe(true);
    const ui = await t.request('anonymous', '/member-api/v3/docs');
    expect(ui.statusCode).toBe(200);
    expect(ui.body).toContain('swagger');
  });

  it('documents the 14 member routes, each with its permission', async () => {
    const document = buildMemberApiDocument(t.app);
    expect(Object.keys(document.paths).map((p) => p.replace('/member-api/v3/', '')).sort()).toEqual([...MEMBER_ROUTES].sort());
    for (const operations of Object.values(document.paths)) expect((operations.get as Record<string, unknown> | undefined)?.['x-permission']).toBeDefined();
  });
});
