import { createTestDatabase, type TestDatabase } from '../../../../../test/support/test-database.js';
import { UserSessionRepository } from './user-session.repository.js';

describe(UserSessionRepository.name, () => {
  let db: TestDatabase;
  let sessions: UserSessionRepository;
  const id = (n: number) => n.toString(16).padStart(64, '0');
  const newSession = (n: number, userId = 3, secondFactorCompleted = true) =>
    sessions.create({ id: id(n), userId, lifetimeSeconds: 3600, ip: '10.0.0.1', userAgent: 'jest', secondFactorCompleted });

  beforeAll(async () => {
    db = await createTestDatabase({ fixtures: true });
    sessions = new UserSessionRepository(db.dataSource);
  });
  afterAll(async () => {
    await db.drop();
  });

  it("finds a live session with its user's access facts", async () => {
    await newSession(1);
    const found = await sessions.findActive(id(1));
    expect(found).toMatchObject({ id: id(1), userId: 3, email: 'user@inst1.edu', role: 'institutional_user', institutionId: 2, deactivatedAt: null, otpFailedAttempts: 0 });
    expect(found!.secondFactorCompletedAt).not.toBeNull();
    expect(found!.expiresAt > found!.createdAt).toBe(true);
    expect(await sessions.findActive(id(999))).toBeNull();
  });

  it('does not find expired or revoked sessions', async () => {
    await newSession(2);
    await db.dataSource.query(`UPDATE user_sessions SET expires_at = now() AT TIME ZONE 'UTC' - interval '1 second' WHERE id = $1`, [id(2)]);
    expect(await sessions.findActive(id(2))).toBeNull();
    await newSession(3);
    await sessions.revoke(id(3));
    expect(await sessions.findActive(id(3))).toBeNull();
  });

  it("revokes all of a user's sessions, optionally keeping one", async () => {
    await newSession(10, 5);
    await newSession(11, 5);
    await newSession(12, 5);
    expect(await sessions.revokeAllForUser(5, undefined, id(11))).toBe(2);
    expect(await sessions.findActive(id(10))).toBeNull();
    expect(await sessions.findActive(id(11))).not.toBeNull();
    expect(await sessions.revokeAllForUser(5)).toBe(1);
    expect(await sessions.findActive(id(11))).toBeNull();
  });

  it('keeps the second factor, its code and wrong attempts per session', async () => {
    await newSession(20, 3, false);
    expect((await sessions.findActive(id(20)))!.secondFactorCompletedAt).toBeNull();
    await sessions.storeCode(id(20), '$2a$10$hash', 'confirm-phone', '+12125550199');
    expect(await sessions.findActive(id(20))).toMatchObject({ otpHash: '$2a$10$hash', otpPurpose: 'confirm-phone', otpPhoneNumber: '+12125550199' });
    expect(await sessions.recordFailedCode(id(20))).toBe(1);
    expect(await sessions.recordFailedCode(id(20))).toBe(2);
    await sessions.completeSecondFactor(id(20));
    const done = await sessions.findActive(id(20));
    expect(done).toMatchObject({ otpHash: null, otpSentAt: null, otpPurpose: null, otpFailedAttempts: 0 });
    expect(done!.secondFactorCompletedAt).not.toBeNull();
  });

  it('touches last_seen_at at most once a minute', async () => {
    await newSession(30);
    await db.dataSource.query(`UPDATE user_sessions SET last_seen_at = last_seen_at - interval '2 minutes' WHERE id = $1`, [id(30)]);
    const before = (await sessions.findActive(id(30)))!.lastSeenAt;
    await sessions.touch(id(30));
    const after = (await sessions.findActive(id(30)))!.lastSeenAt;
    expect(after > before).toBe(true);
    await sessions.touch(id(30));
    expect((await sessions.findActive(id(30)))!.lastSeenAt).toBe(after);
  });

  it("drops a user's sessions that ended more than a day ago when a new one starts", async () => {
    await newSession(40, 7);
    await db.dataSource.query(`UPDATE user_sessions SET expires_at = now() - interval '2 days' WHERE id = $1`, [id(40)]);
    await newSession(41, 7);
    expect(await db.dataSource.query(`SELECT id FROM user_sessions WHERE user_id = 7`)).toEqual([{ id: id(41) }]);
  });
});
