import { loadAppConfig } from '../../../../config/app-config.js';
import { createTestDatabase, type TestDatabase } from '../../../../../test/support/test-database.js';
import { USER_CREDENTIALS_CHANNEL, UserCredentialsCache } from './user-credentials.cache.js';
import { UserCredentialsQuery, type UserCredentials } from './user-credentials.query.js';
import { UserRepository } from './user.repository.js';

const EMAIL = 'user@inst1.edu';

/** Counts the reads that reach PostgreSQL. */
class CountingQuery extends UserCredentialsQuery {
  reads = 0;
  override async byEmail(email: string): Promise<UserCredentials | null> {
    this.reads++;
    return super.byEmail(email);
  }
}

async function eventually(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe(UserCredentialsCache.name, () => {
  let db: TestDatabase;
  let query: CountingQuery;
  let cache: UserCredentialsCache;

  const cacheWith = (seconds: string) =>
    new UserCredentialsCache(query, db.dataSource, loadAppConfig({ APT_ENV: 'test', API_USER_CACHE_SECONDS: seconds }));

  beforeAll(async () => {
    db = await createTestDatabase({ fixtures: true });
  });
  afterAll(async () => {
    await db.drop();
  });
  beforeEach(async () => {
    await db.dataSource.query(`UPDATE users SET deactivated_at = NULL, role = 'institutional_user' WHERE email = $1`, [EMAIL]);
    query = new CountingQuery(db.dataSource);
    cache = cacheWith('60');
    await cache.onModuleInit();
  });
  afterEach(async () => {
    await cache.onModuleDestroy();
  });

  it('reads a user once while nothing changes, including an email that names no user', async () => {
    expect((await cache.byEmail(EMAIL))?.role).toBe('institutional_user');
    expect((await cache.byEmail(EMAIL))?.role).toBe('institutional_user');
    expect(await cache.byEmail('nobody@inst1.edu')).toBeNull();
    expect(await cache.byEmail('nobody@inst1.edu')).toBeNull();
    expect(query.reads).toBe(2);
  });

  it('forgets a user when any connection changes a credential column, and keeps it for other columns', async () => {
    await cache.byEmail(EMAIL);
    await db.dataSource.query(`UPDATE users SET sign_in_count = sign_in_count + 1 WHERE email = $1`, [EMAIL]);
    await db.dataSource.query(`UPDATE users SET deactivated_at = now() WHERE email = $1`, [EMAIL]);
    await eventually(async () => (await cache.byEmail(EMAIL))?.deactivatedAt !== null, 'the deactivation is seen');
    expect(query.reads).toBe(2);
  });

  it('forgets a missing email once a user with that email is added, and everyone when users are truncated', async () => {
    expect(await cache.byEmail('new.user@inst1.edu')).toBeNull();
    await db.dataSource.query(`
      INSERT INTO users (name, email, encrypted_password, institution_id, role, created_at, updated_at)
      VALUES ('New User', 'new.user@inst1.edu', 'x', 2, 'institutional_user', now(), now())`);
    await eventually(async () => (await cache.byEmail('new.user@inst1.edu')) !== null, 'the new user is seen');
    await db.dataSource.query(`DELETE FROM users WHERE email = 'new.user@inst1.edu'`);
    await eventually(async () => (await cache.byEmail('new.user@inst1.edu')) === null, 'the deleted user is gone');

    await cache.byEmail(EMAIL);
    await db.dataSource.query(`SELECT pg_notify($1, '')`, [USER_CREDENTIALS_CHANNEL]);
    await eventually(() => cache.size === 0, 'a notification with no email empties the cache');
  });

  it('does not keep a read that an invalidation overtook', async () => {
    const reading = cache.byEmail(EMAIL);
    cache.forgetAll();
    await reading;
    expect(cache.size).toBe(0);
  });

  it("drops entries at once when this instance's repository changes a credential column", async () => {
    const users = new UserRepository(db.dataSource, cache);
    const id = (await cache.byEmail(EMAIL))!.id;
    await users.update(id, { sign_in_count: 7 });
    expect(cache.size).toBe(1);
    await users.update(id, { role: 'institutional_admin' });
    expect(cache.size).toBe(0);
    expect((await cache.byEmail(EMAIL))?.role).toBe('institutional_admin');
  });

  it('reads every time while its listening connection is down, and caches again once it is back', async () => {
    await cache.byEmail(EMAIL);
    const [{ count }] = await db.dataSource.query(
      `SELECT count(pg_terminate_backend(pid))::int AS count FROM pg_stat_activity
        WHERE datname = current_database() AND query = $1 AND pid <> pg_backend_pid()`,
      [`LISTEN ${USER_CREDENTIALS_CHANNEL}`],
    );
    expect(count).toBe(1);
    await eventually(() => cache.size === 0, 'the cache is emptied');
    // Changes made while nobody listens are never notified: nothing read now may be kept.
    await db.dataSource.query(`UPDATE users SET deactivated_at = now() WHERE email = $1`, [EMAIL]);
    expect((await cache.byEmail(EMAIL))?.deactivatedAt).not.toBeNull();

    await eventually(async () => {
      const before = query.reads;
      await cache.byEmail(EMAIL);
      await cache.byEmail(EMAIL);
      return query.reads === before + 1;
    }, 'the cache works again');
  }, 30_000);

  it('reads every time when API_USER_CACHE_SECONDS is 0', async () => {
    const uncached = cacheWith('0');
    await uncached.onModuleInit();
    await uncached.byEmail(EMAIL);
    await uncached.byEmail(EMAIL);
    expect(query.reads).toBe(2);
    await uncached.onModuleDestroy();
  });
});
