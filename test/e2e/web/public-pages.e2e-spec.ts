import { createTestApp, type TestApp } from '../../support/test-app.js';
import { pageText, signIn, WebClient } from '../../support/web-client.js';

jest.setTimeout(60_000);

describe('web: the error page and the UI components page', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('serves GET /error to anyone as the error page, 500', async () => {
    for (const client of [new WebClient(t), await signIn(t, 'user@inst2.edu')]) {
      const page = await client.get('/error');
      expect(page.statusCode).toBe(500);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.body).toContain('<title>APTrust Registry - Something went wrong</title>');
      expect(pageText(page.body)).toContain('Error 500');
    }
  });

  it('serves GET /ui_components to anyone, 200', async () => {
    const page = await new WebClient(t).get('/ui_components');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>APTrust Registry - UI Components</title>');
    expect(page.body).toContain('class="button--danger"');
    expect(page.body).toMatch(/id="error-Email">Email is not valid\./);
    expect(page.body).toContain('aria-label="Pages"');
    const levels = [...page.body.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
  });
});
