import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { ValidationFailedError } from '../../../shared/errors/validation-failed.error.js';
import { AlertRecipientsQuery } from '../infrastructure/persistence/alert-recipients.query.js';
import { AlertsFacade } from './alerts.facade.js';

describe(AlertsFacade.name, () => {
  let db: TestDatabase;
  let alerts: AlertsFacade;

  beforeAll(async () => {
    db = await createTestDatabase({ fixtures: true });
    const moduleRef = await Test.createTestingModule({ providers: [AlertsFacade, AlertRecipientsQuery, { provide: DataSource, useValue: db.dataSource }] }).compile();
    alerts = moduleRef.get(AlertsFacade);
  });
  afterAll(async () => {
    await db.drop();
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
