import { createTestDatabase, type TestDatabase } from '../../../../../test/support/test-database.js';
import { loadAppConfig } from '../../../../config/app-config.js';
import { UserCredentialsCache } from './user-credentials.cache.js';
import { UserCredentialsQuery } from './user-credentials.query.js';
import { DB_NOW, UserRepository } from './user.repository.js';

describe(UserRepository.name, () => {
  let db: TestDatabase;
  let users: UserRepository;

  beforeAll(async () => {
    db = await createTestDatabase({ fixtures: true });
    const config = loadAppConfig({ APT_ENV: 'test', API_USER_CACHE_SECONDS: '0' });
    users = new UserRepository(db.dataSource, new UserCredentialsCache(new UserCredentialsQuery(db.dataSource), db.dataSource, config));
  });
  afterAll(async () => {
    await db.drop();
  });

  it('reads fixture users, whose Devise hashes are kept as they are', async () => {
    const user = await users.findById(3);
    expect(user).toMatchObject({ id: 3, email: 'user@inst1.edu', role: 'institutional_user', institutionId: 2, deactivatedAt: null });
    expect(user!.encryptedPassword).toMatch(/^\$2a\$10\$/);
  });

  it('finds users by email without regard to case', async () => {
    expect((await users.findByEmail(' USER@Inst1.edu '))?.id).toBe(3);
    expect(await users.findByEmail('nobody@nowhere.edu')).toBeNull();
    expect(await users.emailTaken('Admin@Inst1.edu', null)).toBe(true);
    expect(await users.emailTaken('admin@inst1.edu', 2)).toBe(false);
  });

  it('updates only writable columns, with the database clock for DB_NOW', async () => {
    await users.update(3, { name: 'Renamed', password_changed_at: DB_NOW, ...({ id: 99 } as object) });
    const user = await users.findById(3);
    expect(user!.name).toBe('Renamed');
    expect(user!.passwordChangedAt).not.toBeNull();
    expect(await users.findById(99)).toBeNull();
  });

  it('inserts users and knows the institutions that require two-factor sign-in', async () => {
    const id = await db.dataSource.transaction((manager) =>
      users.insert({ name: 'New User', email: 'new@inst1.edu', institution_id: 2, role: 'institutional_user', encrypted_password: 'x' }, manager),
    );
    expect((await users.findById(id))!.email).toBe('new@inst1.edu');
    expect(await users.aptrustInstitutionId()).toBe(1);
    expect(await users.institutionRequiresTwoFactor(2)).toBe(false);
    await db.dataSource.query(`UPDATE institutions SET otp_enabled = true WHERE id = 2`);
    expect(await users.institutionRequiresTwoFactor(2)).toBe(true);
  });
});
