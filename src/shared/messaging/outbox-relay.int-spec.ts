import type { DataSource } from 'typeorm';
import { loadAppConfig } from '../../config/app-config.js';
import { TestNsqd } from '../../../test/support/nsqd.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { enqueueMessages } from './outbox.js';
import { OutboxRelay } from './outbox-relay.service.js';

describe(OutboxRelay.name, () => {
  let db: TestDatabase;
  let nsqd: TestNsqd;
  let relay: OutboxRelay;

  const queue = (ds: DataSource, topic: string, bodies: string[]) =>
    ds.transaction((manager) => enqueueMessages(manager, bodies.map((body) => ({ topic, body }))));
  const pendingCount = async () => Number((await db.dataSource.query('SELECT count(*) AS n FROM queue_outbox WHERE sent_at IS NULL'))[0].n);

  beforeAll(async () => {
    [db, nsqd] = await Promise.all([createTestDatabase(), TestNsqd.start()]);
    relay = new OutboxRelay(db.dataSource, loadAppConfig({ APT_ENV: 'test', NSQD_TCP_ADDRESS: nsqd.tcpAddress }));
  });
  afterAll(async () => {
    await relay.onApplicationShutdown();
    await nsqd.stop();
    await db.drop();
  });

  it('publishes committed messages to their topics, in order, and marks them sent', async () => {
    await queue(db.dataSource, 'restore_object', ['11', '12', '13']);
    await queue(db.dataSource, 'delete_item', ['21']);
    expect(await relay.deliverDue()).toBe(4);
    expect(await nsqd.consume('restore_object', 3)).toEqual(['11', '12', '13']);
    expect(await nsqd.consume('delete_item', 1)).toEqual(['21']);
    expect(await pendingCount()).toBe(0);
  });

  it('never sees messages of a transaction that rolled back', async () => {
    await expect(
      db.dataSource.transaction(async (manager) => {
        await enqueueMessages(manager, [{ topic: 'restore_file', body: '99' }]);
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await pendingCount()).toBe(0);
  });

  it('keeps messages while nsqd is down and delivers them when it returns', async () => {
    await nsqd.pause();
    await queue(db.dataSource, 'restore_file', ['31', '32']);
    expect(await relay.deliverDue()).toBe(0);
    const [failed] = await db.dataSource.query(`SELECT attempts, last_error FROM queue_outbox WHERE body = '31'`);
    expect(failed.attempts).toBe(1);
    expect(failed.last_error).toBeTruthy();
    expect((await relay.status()).pending).toBe(2);

    await nsqd.resume();
    await db.dataSource.query(`UPDATE queue_outbox SET available_at = now() AT TIME ZONE 'UTC' WHERE sent_at IS NULL`);
    expect(await relay.deliverDue()).toBe(2);
    expect(await nsqd.consume('restore_file', 2)).toEqual(['31', '32']);
    expect(await relay.status()).toEqual({ pending: 0, oldestPendingSeconds: 0, lastError: null });
  });

  it('lets two relays share the work without publishing a message twice', async () => {
    const second = new OutboxRelay(db.dataSource, loadAppConfig({ APT_ENV: 'test', NSQD_TCP_ADDRESS: nsqd.tcpAddress }));
    const bodies = Array.from({ length: 300 }, (_, i) => String(1000 + i));
    await queue(db.dataSource, 'ingest01_prefetch', bodies);
    const [a, b] = await Promise.all([relay.deliverDue(), second.deliverDue()]);
    const rest = (await relay.deliverDue()) + (await second.deliverDue());
    expect(a + b + rest).toBe(300);
    expect((await nsqd.consume('ingest01_prefetch', 300)).sort()).toEqual([...bodies].sort());
    await second.onApplicationShutdown();
  });
});
