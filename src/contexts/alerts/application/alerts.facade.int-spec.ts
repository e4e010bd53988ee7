import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { RecordingEmailTransport } from '../../../../test/support/recording-email.transport.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { AlertMailer } from '../../../shared/email/alert-email.mailer.js';
import { EmailTransport } from '../../../shared/email/email-transport.js';
import { ValidationFailedError } from '../../../shared/errors/validation-failed.error.js';
import { AlertRecipientsQuery } from '../infrastructure/persistence/alert-recipients.query.js';
import { AlertsFacade } from './alerts.facade.js';

describe(AlertsFacade.name, () => {
  let db: TestDatabase;
  let alerts: AlertsFacade;
  let mailer: AlertMailer;
  const transport = new RecordingEmailTransport();

  beforeAll(async () => {
    db = await createTestDatabase({ fixtures: true });
    const moduleRef = await Test.createTestingModule({
      providers: [AlertsFacade, AlertRecipientsQuery, AlertMailer, { provide: DataSource, useValue: db.dataSource }, { provide: EmailTransport, useValue: transport }],
    }).compile();
    alerts = moduleRef.get(AlertsFacade);
    mailer = moduleRef.get(AlertMailer);
  });
  afterAll(async () => {
    await mailer.onApplicationShutdown();
    await db.drop();
  });
  // The emails stay queued, so that the stored rows can be checked, unless a test lets the kick run.
  let kick: jest.SpiedFunction<AlertMailer['kick']>;
  beforeEach(() => {
    kick = jest.spyOn(mailer, 'kick').mockImplementation(() => undefined);
  });
  afterEach(() => {
    kick.mockRestore();
  });

  it('stores the alert, its links and its recipients with their emails queued, in the caller transaction', async () => {
    const id = await db.dataSource.transaction((manager) =>
      alerts.create(manager, {
        institutionId: 2,
        type: 'Restoration Completed',
        subject: 'Restoration Completed',
        content: 'Done.',
        recipientIds: [2, 3, 3],
        workItemIds: [31],
        premisEventIds: [1],
      }),
    );
    const recipients = await db.dataSource.query('SELECT user_id, sent_at, read_at, email_pending, email_body FROM alerts_users WHERE alert_id = $1 ORDER BY user_id', [id]);
    expect(recipients).toEqual([
      { user_id: 2, sent_at: null, read_at: null, email_pending: true, email_body: null },
      { user_id: 3, sent_at: null, read_at: null, email_pending: true, email_body: null },
    ]);
    expect(await db.dataSource.query('SELECT work_item_id FROM alerts_work_items WHERE alert_id = $1', [id])).toEqual([{ work_item_id: 31 }]);
    expect(await db.dataSource.query('SELECT premis_event_id FROM alerts_premis_events WHERE alert_id = $1', [id])).toEqual([{ premis_event_id: 1 }]);
    expect(kick).toHaveBeenCalledTimes(1);
  });

  it('kicks the mailer once after the transaction commits, which sends the emails without the delivery job', async () => {
    kick.mockRestore();
    kick = jest.spyOn(mailer, 'kick');
    const newAlert = (content: string) => ({ institutionId: 2, type: 'Deletion Cancelled' as const, subject: 'Deletion Cancelled', content, recipientIds: [2] });
    await db.dataSource.transaction(async (manager) => {
      await alerts.create(manager, newAlert('First.'));
      await alerts.create(manager, newAlert('Second.'));
      expect(kick).not.toHaveBeenCalled();
    });
    expect(kick).toHaveBeenCalledTimes(1);
    await transport.waitFor((m) => m.text === 'First.');
    await transport.waitFor((m) => m.text === 'Second.');
    expect(transport.sent.find((m) => m.text === 'Second.')).toEqual({ to: 'admin@inst1.edu', subject: 'Deletion Cancelled', text: 'Second.' });
  });

  it('does not kick for an alert whose transaction rolls back, nor for one without recipients', async () => {
    await expect(
      db.dataSource.transaction(async (manager) => {
        await alerts.create(manager, { institutionId: 2, type: 'Deletion Cancelled', subject: 'Deletion Cancelled', content: 'Rolled back.', recipientIds: [2] });
        throw new Error('abandoned');
      }),
    ).rejects.toThrow('abandoned');
    await db.dataSource.transaction((manager) => alerts.create(manager, { institutionId: 2, type: 'Deletion Cancelled', subject: 'Deletion Cancelled', content: 'Nobody.', recipientIds: [] }));
    expect(kick).not.toHaveBeenCalled();
  });

  it('keeps a secret-bearing email out of the stored content', async () => {
    const id = await db.dataSource.transaction((manager) =>
      alerts.create(manager, { institutionId: 2, type: 'Deletion Requested', subject: 'Deletion Requested', content: 'Review at /deletions/review/1', emailBody: 'Review at /deletions/review/1?token=secret', recipientIds: [2] }),
    );
    const [alert] = await db.dataSource.query('SELECT content FROM alerts WHERE id = $1', [id]);
    expect(alert.content).not.toContain('secret');
    const [recipient] = await db.dataSource.query('SELECT email_body FROM alerts_users WHERE alert_id = $1', [id]);
    expect(recipient.email_body).toContain('token=secret');
  });

  it('refuses an invalid alert and writes nothing', async () => {
    const before = (await db.dataSource.query('SELECT count(*)::int AS n FROM alerts'))[0].n;
    await expect(
      db.dataSource.transaction((manager) => alerts.create(manager, { institutionId: 2, type: 'Restoration Completed', subject: 's', content: ' ', recipientIds: [2] })),
    ).rejects.toThrow(ValidationFailedError);
    expect((await db.dataSource.query('SELECT count(*)::int AS n FROM alerts'))[0].n).toBe(before);
  });

  it('finds the recipients of each alert kind among active users', async () => {
    expect((await alerts.recipients.institutionalAdmins(2)).map((u) => u.email)).toEqual(['admin@inst1.edu']);
    expect((await alerts.recipients.allUsers(2)).map((u) => u.email)).toEqual(['admin@inst1.edu', 'user@inst1.edu', 'sms_user@example.com']);
    expect(await alerts.recipients.aptrustStaff()).toEqual([]);
  });
});
