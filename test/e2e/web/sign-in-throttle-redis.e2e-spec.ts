import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { Redis } from 'ioredis';
import { deleteRedisKeys, TEST_REDIS_URL } from '../../support/job-system.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';
import { pageText } from '../../support/web-client.js';

// Whole-app tests that sign in (bcrypt) run slowly when the suites share the machine.
jest.setTimeout(60_000);

/** A sign-in form post, as a script makes it (sign-in takes no CSRF token). */
const attempt = (t: TestApp, email: string, password: string, ip: string) =>
  t.app.inject({
    method: 'POST',
    url: '/users/sign_in',
    remoteAddress: ip,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ email, password }).toString(),
  });

describe('web: sign-in throttling shared through Redis', () => {
  // Counters of its own for each run, so runs never see each other's.
  const prefix = `registry-sign-in-test-${randomUUID()}`;
  const env = { REDIS_URL: TEST_REDIS_URL, SIGN_IN_REDIS_PREFIX: prefix, SIGN_IN_ACCOUNT_LIMIT: '4', SIGN_IN_ADDRESS_LIMIT: '6', SIGN_IN_THROTTLE_WINDOW: '10m' };
  let a: TestApp;
  let b: TestApp;
  let redis: Redis;
  beforeAll(async () => {
    a = await createTestApp({ env });
    b = await createTestApp({ env, database: a.db });
    redis = new Redis(TEST_REDIS_URL);
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
    redis?.disconnect();
    await deleteRedisKeys(prefix);
  });

  it('stops an account after the configured total of failed sign-ins, whichever instance saw them', async () => {
    for (let i = 0; i < 4; i++) expect((await attempt(i % 2 === 0 ? a : b, 'user@inst1.edu', 'wrong', `10.11.0.${i}`)).statusCode).toBe(400);
    for (const t of [a, b]) {
      const blocked = await attempt(t, 'User@inst1.edu', 'password', '10.11.0.9');
      expect(blocked.statusCode).toBe(429);
      expect(pageText(blocked.body)).toContain('Too many failed sign-in attempts. Please wait 10 minutes and try again.');
    }
    expect((await attempt(b, 'admin@inst1.edu', 'password', '10.11.0.9')).statusCode).toBe(302);
    expect(await redis.keys(`${prefix}:*`)).not.toHaveLength(0);
  });

  it('stops an address after the configured total of failed sign-ins, whichever instance saw them', async () => {
    for (let i = 0; i < 6; i++) expect((await attempt(i % 2 === 0 ? b : a, `spray${i}@nowhere.edu`, 'wrong', '10.12.0.1')).statusCode).toBe(400);
    expect((await attempt(a, 'user@inst2.edu', 'password', '10.12.0.1')).statusCode).toBe(429);
    expect((await attempt(b, 'user@inst2.edu', 'password', '10.12.0.1')).statusCode).toBe(429);
    expect((await attempt(a, 'user@inst2.edu', 'password', '10.12.0.2')).statusCode).toBe(302);
  });
});

describe('web: sign-in throttling while Redis cannot be reached', () => {
  let t: TestApp;
  let warn: jest.SpiedFunction<Logger['warn']>;
  beforeAll(async () => {
    warn = jest.spyOn(Logger.prototype, 'warn');
    t = await createTestApp({ env: { REDIS_URL: 'redis://127.0.0.1:1', SIGN_IN_ACCOUNT_LIMIT: '1' } });
  });
  afterAll(async () => {
    await t?.close();
    warn.mockRestore();
  });

  it('lets sign-in through unthrottled, and logs that failed sign-ins are not counted', async () => {
    for (let i = 0; i < 3; i++) expect((await attempt(t, 'user@inst1.edu', 'wrong', '10.13.0.1')).statusCode).toBe(400);
    const signedIn = await attempt(t, 'user@inst1.edu', 'password', '10.13.0.1');
    expect(signedIn.statusCode).toBe(302);
    expect(signedIn.headers.location).toBe('/dashboard');
    const logged = warn.mock.calls.map(([message]) => String(message));
    expect(logged).toContainEqual(expect.stringContaining('Failed sign-in not counted'));
    expect(logged).toContainEqual(expect.stringContaining('Redis is unavailable'));
  });
});
