import { Global, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { TestNsqd } from '../../../../test/support/nsqd.js';
import { RecordingEmailTransport } from '../../../../test/support/recording-email.transport.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { loadAppConfig } from '../../../config/app-config.js';
import { APP_CONFIG } from '../../../config/config.module.js';
import { AlertMailer } from '../../../shared/email/alert-email.mailer.js';
import { EmailTransport } from '../../../shared/email/email-transport.js';
import { DomainError } from '../../../shared/errors/domain-error.js';
import { ValidationFailedError } from '../../../shared/errors/validation-failed.error.js';
import { OutboxRelay } from '../../../shared/messaging/outbox-relay.service.js';
import { AlertsModule } from '../../alerts/index.js';
import { newDeletionItem, newRestorationItem, type WorkItemFields } from '../domain/index.js';
import { WorkItemSaveFacts } from '../infrastructure/persistence/work-item-save-facts.query.js';
import { WorkItemRepository } from '../infrastructure/persistence/work-item.repository.js';
import { WorkItemCompletionAlerts } from './work-item-completion-alerts.js';
import { WorkItemSaves } from './work-item-saves.js';
import { WorkItemsFacade } from './work-items.facade.js';

const NOW = '2026-11-23T10:00:00Z';
const OBJECT_1 = { id: 1, institutionId: 2, bagName: 'photos.tar', etag: '1f594a4e5bb944e59c74aefe781a3726', createdAt: '2021-01-12T17:14:35Z', storageOption: 'Standard', size: 1000 };

describe(WorkItemsFacade.name, () => {
  let db: TestDatabase;
  let nsqd: TestNsqd;
  let facade: WorkItemsFacade;
  let relay: OutboxRelay;
  let mailer: AlertMailer;

  const pending = async () => Number((await db.dataSource.query('SELECT count(*) AS n FROM queue_outbox WHERE sent_at IS NULL'))[0].n);
  const createItems = (items: WorkItemFields[]) => db.dataSource.transaction((manager) => facade.createItems(manager, items));
  const restoration = async (object = OBJECT_1, requesterEmail = 'user@inst1.edu', file: { id: number } | null = null) =>
    newRestorationItem({
      lastIngest: await db.dataSource.transaction((manager) => facade.lastSuccessfulIngest(manager, object.id)),
      object,
      receivingBucket: 'aptrust.receiving.test.institution1.edu',
      now: NOW,
      requesterEmail,
      file,
    });

  beforeAll(async () => {
    [db, nsqd] = await Promise.all([createTestDatabase({ fixtures: true }), TestNsqd.start()]);
    const config = loadAppConfig({ APT_ENV: 'test', NSQD_TCP_ADDRESS: nsqd.tcpAddress });
    @Global()
    @Module({
      providers: [
        { provide: DataSource, useValue: db.dataSource },
        { provide: APP_CONFIG, useValue: config },
        { provide: EmailTransport, useValue: new RecordingEmailTransport() },
        AlertMailer,
      ],
      exports: [DataSource, APP_CONFIG, AlertMailer],
    })
    class TestInfrastructureModule {}
    const moduleRef = await Test.createTestingModule({
      imports: [TestInfrastructureModule, AlertsModule],
      providers: [WorkItemsFacade, WorkItemRepository, WorkItemSaves, WorkItemSaveFacts, WorkItemCompletionAlerts, OutboxRelay],
    }).compile();
    facade = moduleRef.get(WorkItemsFacade);
    // Not bootstrapped: the test drives delivery rounds itself.
    relay = moduleRef.get(OutboxRelay);
    mailer = moduleRef.get(AlertMailer);
  });
  afterAll(async () => {
    await relay.onApplicationShutdown();
    await mailer.onApplicationShutdown();
    await nsqd.stop();
    await db.drop();
  });

  describe('lastSuccessfulIngest', () => {
    it('finds the Ingest item that succeeded at Record or Cleanup, not the restore or delete items of the object', async () => {
      // Object 1 also has a successful Delete (30) and Restore Object (31) at Cleanup, with the same date_processed.
      const item = await db.dataSource.transaction((manager) => facade.lastSuccessfulIngest(manager, 1));
      expect(item).toMatchObject({ id: 25, action: 'Ingest', stage: 'Cleanup', status: 'Success', name: 'photos.tar', intellectualObjectId: 1 });
    });

    it('takes the newest by date_processed, and answers null for an object without one', async () => {
      await db.dataSource.query(
        `INSERT INTO work_items (intellectual_object_id, name, etag, bucket, "user", action, stage, status, bag_date, date_processed, institution_id, retry, needs_admin_review, created_at, updated_at)
         VALUES (3, 'glass_v2.tar', 'e24527590f31492b8f362c3d3c02ec81', 'b', 'system@aptrust.org', 'Ingest', 'Record', 'Success', now(), '2030-01-01', 2, false, false, now(), now())`,
      );
      const item = await db.dataSource.transaction((manager) => facade.lastSuccessfulIngest(manager, 3));
      expect(item?.name).toBe('glass_v2.tar');
      expect(await db.dataSource.transaction((manager) => facade.lastSuccessfulIngest(manager, 7))).toBeNull();
    });
  });

  describe('createItems', () => {
    it('inserts the items with queued_at set and queues each id to its action\'s topic; the relay delivers them', async () => {
      const objectRestore = await restoration();
      const fileRestore = await restoration(OBJECT_1, 'user@inst1.edu', { id: 1 });
      const glacierRestore = await restoration({ ...OBJECT_1, id: 10, bagName: 'glacier.tar', etag: 'aaaabbbbccccddddeeeeffff00001111', storageOption: 'Glacier-OR' });
      const deletion = newDeletionItem({
        lastIngest: null, object: OBJECT_1, receivingBucket: 'aptrust.receiving.test.institution1.edu', now: NOW,
        requester: { email: 'user@inst1.edu', institutionId: 2 }, approver: { email: 'admin@inst1.edu', institutionId: 2, role: 'institutional_admin' },
        deletionRequestId: 2, file: null,
      });
      if (!deletion.ok) throw new Error(deletion.error);
      // Request 2 is for object 2: point the delete at it so that the request includes its target.
      const deleteItem = { ...deletion.item, intellectualObjectId: 2, name: 'pdfs.tar' };

      const saved = await createItems([objectRestore, fileRestore, glacierRestore, deleteItem]);
      expect(saved.map((r) => r.action)).toEqual(['Restore Object', 'Restore File', 'Glacier Restore', 'Delete']);
      for (const row of saved) {
        expect(row.queued_at).not.toBeNull();
        expect(row).toMatchObject({ stage: 'Requested', status: 'Pending', retry: true, node: null, note: 'Not started' });
      }
      expect(saved[0]).toMatchObject({ name: 'photos.tar', etag: '1f594a4e5bb944e59c74aefe781a3726', user: 'user@inst1.edu', generic_file_id: null });
      expect(saved[1].generic_file_id).toBe(1);

      expect(await relay.deliverDue()).toBe(4);
      expect(await nsqd.consume('restore_object', 1)).toEqual([String(saved[0].id)]);
      expect(await nsqd.consume('restore_file', 1)).toEqual([String(saved[1].id)]);
      expect(await nsqd.consume('restore_glacier', 1)).toEqual([String(saved[2].id)]);
      expect(await nsqd.consume('delete_item', 1)).toEqual([String(saved[3].id)]);
      expect(await pending()).toBe(0);
    });

    it('writes and queues nothing when an item is invalid or has no topic', async () => {
      const [{ n: before }] = await db.dataSource.query('SELECT count(*)::int AS n FROM work_items');
      const good = await restoration();
      await expect(createItems([good, { ...good, user: 'nobody' }])).rejects.toThrow(ValidationFailedError);
      await expect(createItems([good, { ...good, action: 'Ingest', stage: 'Requested' }])).rejects.toThrow(DomainError);
      await expect(createItems([good, { ...good, action: 'Ingest', stage: 'Requested' }])).rejects.toThrow('a work item with action "Ingest" at stage "Requested" has no queue');
      const [{ n: after }] = await db.dataSource.query('SELECT count(*)::int AS n FROM work_items');
      expect(after).toBe(before);
      expect(await pending()).toBe(0);
    });

    it('keeps the message through an nsqd outage and delivers it when nsqd is back', async () => {
      await nsqd.pause();
      // A topic no earlier test consumed: nsqd hands new messages only to the channels a topic already has.
      const [saved] = await createItems([{ ...(await restoration()), action: 'Ingest', stage: 'Receive' }]);
      expect(await relay.deliverDue()).toBe(0);
      expect(await pending()).toBe(1);
      expect((await relay.status()).lastError).toBeTruthy();

      await nsqd.resume();
      await db.dataSource.query(`UPDATE queue_outbox SET available_at = now() AT TIME ZONE 'UTC' WHERE sent_at IS NULL`);
      expect(await relay.deliverDue()).toBe(1);
      expect(await nsqd.consume('ingest01_prefetch', 1)).toEqual([String(saved.id)]);
      expect(await pending()).toBe(0);
    }, 30_000);
  });
});
