import { createTestApp, type TestApp } from '../../support/test-app.js';
import { pageText, signIn, WebClient } from '../../support/web-client.js';

jest.setTimeout(60_000);

describe('web: accessibility statement', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('is public, with one main heading, headings in order and a contact', async () => {
    for (const client of [new WebClient(t), await signIn(t, 'user@inst2.edu')]) {
      const page = await client.get('/accessibility_statement');
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('<title>APTrust Registry - Accessibility Statement</title>');
      const levels = [...page.body.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
      expect(levels.filter((l) => l === 1)).toHaveLength(1);
      expect(levels[0]).toBe(1);
      expect(levels.every((l, i) => i === 0 || l <= levels[i - 1] + 1)).toBe(true);
      const text = pageText(page.body);
      expect(text).toContain('WCAG) 2.2 at level AA');
      expect(text).toContain('Known limitations');
      expect(page.body).toContain('<a href="mailto:help@aptrust.org">help@aptrust.org</a>');
    }
  });

  it('is linked from the footer of every page', async () => {
    const signInPage = await new WebClient(t).get('/users/sign_in');
    expect(signInPage.body).toContain('<a href="/accessibility_statement">Accessibility</a>');
  });
});
