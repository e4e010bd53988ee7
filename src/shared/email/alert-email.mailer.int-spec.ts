import { RecordingEmailTransport } from '../../../test/support/recording-email.transport.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { AlertMailer, MAX_EMAIL_ATTEMPTS, retryDelaySeconds } from './alert-email.mailer.js';

describe(AlertMailer.name, () => {
  let db: TestDatabase;
  let transport: RecordingEmailTransport;
  let mailer: AlertMailer;

  beforeAll(async () => {
    db = await createTestDatabase({ fixtures: true });
  });
  afterAll(async () => {
    await db.drop();
  });
  beforeEach(async () => {
    transport = new RecordingEmailTransport();
    mailer = new AlertMailer(db.dataSource, transport);
    await db.dataSource.query(`UPDATE alerts_users SET email_pending = false`);
  });

  async function queueAlert(recipients: number[], emailBody: string | null = null): Promise<number> {
    const [{ id }] = await db.dataSource.query(
      `INSERT INTO alerts (institution_id, type, subject, content, created_at) VALUES (2, 'Password Reset', 'Subject line', 'Stored content', now()) RETURNING id`,
    );
    for (const user of recipients) {
      await db.dataSource.query(`INSERT INTO alerts_users (alert_id, user_id, email_pending, email_body) VALUES ($1, $2, true, $3)`, [id, user, emailBody]);
    }
    return id;
  }

  const rowOf = async (alertId: number, userId: number) =>
    (await db.dataSource.query(`SELECT * FROM alerts_users WHERE alert_id = $1 AND user_id = $2`, [alertId, userId]))[0];

  it('sends one email per pending recipient: email_body when set, else the content; then marks it sent and drops the body', async () => {
    const secret = await queueAlert([2], 'Email with https://registry/x?token=secret');
    const plain = await queueAlert([3]);
    expect(await mailer.flush()).toEqual({ sent: 2, failed: 0 });
    expect(transport.sent).toEqual([
      { to: 'admin@inst1.edu', subject: 'Subject line', text: 'Email with https://registry/x?token=secret' },
      { to: 'user@inst1.edu', subject: 'Subject line', text: 'Stored content' },
    ]);
    const row = await rowOf(secret, 2);
    expect(row).toMatchObject({ email_pending: false, email_body: null, email_last_error: null });
    expect(row.sent_at).not.toBeNull();
    expect((await rowOf(plain, 3)).sent_at).not.toBeNull();
    expect(await mailer.flush()).toEqual({ sent: 0, failed: 0 });
  });

  it('keeps a failed email pending, counts the attempt and retries it after a backoff', async () => {
    transport.failing.set('user@inst2.edu', 'mailbox unavailable');
    const id = await queueAlert([7, 5]);
    expect(await mailer.flush()).toEqual({ sent: 1, failed: 1 });
    const failed = await rowOf(id, 7);
    expect(failed).toMatchObject({ email_pending: true, email_attempts: 1, email_last_error: 'mailbox unavailable', sent_at: null });
    expect(failed.email_next_attempt_at).not.toBeNull();

    expect(await mailer.flush()).toEqual({ sent: 0, failed: 0 });
    transport.failing.clear();
    await db.dataSource.query(`UPDATE alerts_users SET email_next_attempt_at = now() - interval '1 second' WHERE alert_id = $1 AND user_id = 7`, [id]);
    expect(await mailer.flush()).toEqual({ sent: 1, failed: 0 });
    expect(await rowOf(id, 7)).toMatchObject({ email_pending: false, email_attempts: 1, email_last_error: null });
  });

  it('gives up after the last attempt and drops the body that may carry a secret', async () => {
    transport.failing.set('user@inst1.edu', 'rejected');
    const id = await queueAlert([3], 'secret body');
    await db.dataSource.query(`UPDATE alerts_users SET email_attempts = $2 WHERE alert_id = $1`, [id, MAX_EMAIL_ATTEMPTS - 1]);
    await mailer.flush();
    expect(await rowOf(id, 3)).toMatchObject({ email_pending: false, email_attempts: MAX_EMAIL_ATTEMPTS, email_body: null, sent_at: null, email_last_error: 'rejected' });
  });

  it('backs off exponentially up to six hours', () => {
    expect([1, 2, 3, 4].map(retryDelaySeconds)).toEqual([30, 60, 120, 240]);
    expect(retryDelaySeconds(30)).toBe(6 * 3600);
  });
});
