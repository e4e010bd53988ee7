import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildAdminApiDocument, buildMemberApiDocument } from '../../../src/shared/http/api-docs.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

const committed = (name: string) => path.join(__dirname, '..', '..', '..', 'openapi', name);
const MEMBER_ROUTES = ['alerts', 'alerts/show/{id}/{user_id}', 'checksums', 'checksums/show/{id}', 'deletions', 'deletions/show/{id}', 'events',
  'events/show/{path}', 'files', 'files/show/{path}', 'items', 'items/show/{id}', 'objects', 'objects/show/{path}'];

describe('API documentation', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ fixtures: false });
  });
  afterAll(async () => {
    await t.close();
  });

  it.each([
    ['member-api.json', buildMemberApiDocument],
    ['admin-api.json', buildAdminApiDocument],
  ] as const)('openapi/%s matches the code (run `npm run openapi` after changing an API)', async (file, build) => {
    const generated = `${JSON.stringify(build(t.app), null, 2)}\n`;
    if (process.env.UPDATE_OPENAPI === '1') await writeFile(committed(file), generated);
    expect(generated).toBe(await readFile(committed(file), 'utf8'));
  });

  it.each(['member-api', 'admin-api'])('/%s/v3 serves its document and Swagger UI without credentials', async (api) => {
    const json = await t.request('anonymous', `/${api}/v3/openapi.json`);
    expect(json.statusCode).toBe(200);
    expect(Object.keys(json.json().paths).every((p: string) => p.startsWith(`/${api}/v3/`))).toBe(true);
    const ui = await t.request('anonymous', `/${api}/v3/docs`);
    expect(ui.statusCode).toBe(200);
    expect(ui.body).toContain('swagger');
  });

  it('documents the 14 member routes, each with its permission', async () => {
    const document = buildMemberApiDocument(t.app);
    expect(Object.keys(document.paths).map((p) => p.replace('/member-api/v3/', '')).sort()).toEqual([...MEMBER_ROUTES].sort());
    for (const operations of Object.values(document.paths)) expect((operations.get as Record<string, unknown> | undefined)?.['x-permission']).toBeDefined();
  });

  it('declares a permission on every admin operation', async () => {
    const document = buildAdminApiDocument(t.app);
    const operations = Object.values(document.paths).flatMap((item) => Object.values(item as Record<string, Record<string, unknown>>));
    expect(operations.length).toBeGreaterThan(0);
    for (const operation of operations) expect(operation['x-permission']).toBeDefined();
  });
});
