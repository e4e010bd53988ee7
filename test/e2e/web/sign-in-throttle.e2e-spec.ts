import { createTestApp, type TestApp } from '../../support/test-app.js';
import { pageText, WebClient } from '../../support/web-client.js';

// Whole-app tests that sign in (bcrypt) run slowly when the suites share the machine.
jest.setTimeout(60_000);

describe('web: sign-in throttling', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { SIGN_IN_ACCOUNT_LIMIT: '3', SIGN_IN_ADDRESS_LIMIT: '6', SIGN_IN_THROTTLE_WINDOW: '10m' } });
  });
  afterAll(async () => {
    await t.close();
  });

  const attempt = (client: WebClient, email: string, password: string, ip = '10.0.0.1') =>
    client.request({
      method: 'POST',
      url: '/users/sign_in',
      remoteAddress: ip,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ email, password, csrf_token: (client as unknown as { token: string }).token }).toString(),
    });

  it('stops an account after its failed sign-ins, even with the right password, and says how long to wait', async () => {
    const client = new WebClient(t);
    await client.csrfToken();
    for (let i = 0; i < 3; i++) expect((await attempt(client, 'user@inst1.edu', 'wrong', `10.1.0.${i}`)).statusCode).toBe(400);
    const blocked = await attempt(client, 'USER@inst1.edu', 'password', '10.1.0.9');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['retry-after']).toMatch(/^\d+$/);
    expect(pageText(blocked.body)).toContain('Too many failed sign-in attempts. Please wait 10 minutes and try again.');
    expect((await attempt(client, 'admin@inst1.edu', 'password', '10.1.0.9')).statusCode).toBe(302);
  });

  it('answers the same for an unknown account, so the throttle reveals nothing', async () => {
    const client = new WebClient(t);
    await client.csrfToken();
    for (let i = 0; i < 3; i++) await attempt(client, 'ghost@nowhere.edu', 'wrong', `10.2.0.${i}`);
    const blocked = await attempt(client, 'ghost@nowhere.edu', 'wrong', '10.2.0.9');
    expect(blocked.statusCode).toBe(429);
    expect(pageText(blocked.body)).toContain('Too many failed sign-in attempts.');
  });

  it('stops an address that tries many accounts', async () => {
    const client = new WebClient(t);
    await client.csrfToken();
    for (let i = 0; i < 6; i++) await attempt(client, `spray${i}@nowhere.edu`, 'wrong', '10.3.0.1');
    expect((await attempt(client, 'user@inst2.edu', 'password', '10.3.0.1')).statusCode).toBe(429);
    expect((await attempt(client, 'user@inst2.edu', 'password', '10.3.0.2')).statusCode).toBe(302);
  });
});
