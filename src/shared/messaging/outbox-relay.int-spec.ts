import type { DataSource } from 'typeorm';
import { loadAppConfig } from '../../config/app-config.js';
import { freePort, TestNsqd } from '../../../test/support/nsqd.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { enqueueMessages } from './outbox.js';
import { OutboxRelay } from './outbox-relay.service.js';

type NsqEnv = Record<string, string>;

const queue = (ds: DataSource, topic: string, bodies: string[]) =>
  ds.transaction((manager) => enqueueMessages(manager, bodies.map((body) => ({ topic, body }))));
const pendingCount = async (ds: DataSource) => Number((await ds.query('SELECT count(*) AS n FROM queue_outbox WHERE sent_at IS NULL'))[0].n);
const pendingRows = (ds: DataSource): Promise<{ topic: string; body: string; attempts: number; last_error: string | null; retry_later: boolean }[]> =>
  ds.query(
    `SELECT topic, body, attempts, last_error, available_at > now() AT TIME ZONE 'UTC' AS retry_later
       FROM queue_outbox WHERE sent_at IS NULL ORDER BY id`,
  );
const makeDue = (ds: DataSource) => ds.query(`UPDATE queue_outbox SET available_at = now() AT TIME ZONE 'UTC' WHERE sent_at IS NULL`);

describe.each([
  ['TCP (NSQD_TCP_ADDRESS)', (nsqd: TestNsqd): NsqEnv => ({ NSQD_TCP_ADDRESS: nsqd.tcpAddress })],
  ["HTTP (the reference's NSQ_URL)", (nsqd: TestNsqd): NsqEnv => ({ NSQ_URL: nsqd.httpAddress })],
])(`${OutboxRelay.name} over %s`, (_transport, nsqEnv) => {
  let db: TestDatabase;
  let nsqd: TestNsqd;
  let relay: OutboxRelay;

  const newRelay = () => new OutboxRelay(db.dataSource, loadAppConfig({ APT_ENV: 'test', ...nsqEnv(nsqd) }));

  beforeAll(async () => {
    [db, nsqd] = await Promise.all([createTestDatabase(), TestNsqd.start()]);
    relay = newRelay();
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
    expect(await pendingCount(db.dataSource)).toBe(0);
  });

  it('never sees messages of a transaction that rolled back', async () => {
    await expect(
      db.dataSource.transaction(async (manager) => {
        await enqueueMessages(manager, [{ topic: 'restore_file', body: '99' }]);
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await pendingCount(db.dataSource)).toBe(0);
  });

  it('keeps messages while nsqd is down and delivers them when it returns', async () => {
    await nsqd.pause();
    await queue(db.dataSource, 'restore_file', ['31', '32']);
    expect(await relay.deliverDue()).toBe(0);
    const [failed] = await pendingRows(db.dataSource);
    expect(failed.attempts).toBe(1);
    expect(failed.last_error).toBeTruthy();
    expect(failed.retry_later).toBe(true);
    expect((await relay.status()).pending).toBe(2);

    await nsqd.resume();
    await makeDue(db.dataSource);
    expect(await relay.deliverDue()).toBe(2);
    expect(await nsqd.consume('restore_file', 2)).toEqual(['31', '32']);
    expect(await relay.status()).toEqual({ pending: 0, oldestPendingSeconds: 0, lastError: null });
  });

  it('lets two relays share the work without publishing a message twice', async () => {
    const second = newRelay();
    const bodies = Array.from({ length: 300 }, (_, i) => String(1000 + i));
    await queue(db.dataSource, 'ingest01_prefetch', bodies);
    const [a, b] = await Promise.all([relay.deliverDue(), second.deliverDue()]);
    const rest = (await relay.deliverDue()) + (await second.deliverDue());
    expect(a + b + rest).toBe(300);
    expect((await nsqd.consume('ingest01_prefetch', 300)).sort()).toEqual([...bodies].sort());
    await second.onApplicationShutdown();
  });

  it('keeps a message nsqd refuses, after delivering the topics before it', async () => {
    await queue(db.dataSource, 'fixity_check', ['41']);
    await queue(db.dataSource, 'not/a/topic', ['42']);
    expect(await relay.deliverDue()).toBe(1);
    expect(await nsqd.consume('fixity_check', 1)).toEqual(['41']);
    expect(await pendingRows(db.dataSource)).toEqual([
      { topic: 'not/a/topic', body: '42', attempts: 1, last_error: expect.stringMatching(/\S/), retry_later: true },
    ]);
    await db.dataSource.query(`DELETE FROM queue_outbox WHERE sent_at IS NULL`);
  });
});

describe(`${OutboxRelay.name}: the transport follows the configuration`, () => {
  let db: TestDatabase;
  let nsqd: TestNsqd;
  let refusedPort: number;
  const relays: OutboxRelay[] = [];

  const relayWith = (env: NsqEnv) => {
    const relay = new OutboxRelay(db.dataSource, loadAppConfig({ APT_ENV: 'test', ...env }));
    relays.push(relay);
    return relay;
  };

  beforeAll(async () => {
    [db, nsqd, refusedPort] = await Promise.all([createTestDatabase(), TestNsqd.start(), freePort()]);
  });
  afterEach(async () => {
    await Promise.all(relays.splice(0).map((relay) => relay.onApplicationShutdown()));
    await db.dataSource.query('DELETE FROM queue_outbox');
  });
  afterAll(async () => {
    await nsqd.stop();
    await db.drop();
  });

  it('publishes over HTTP to NSQD_HTTP_ADDRESS when NSQD_TCP_ADDRESS is not set, and nsqd counts the messages', async () => {
    await queue(db.dataSource, 'restore_object', ['51', '52']);
    expect(await relayWith({ NSQD_HTTP_ADDRESS: nsqd.httpAddress }).deliverDue()).toBe(2);
    const stats = (await (await fetch(`${nsqd.httpAddress}/stats?format=json&topic=restore_object`)).json()) as { topics: { depth: number }[] };
    expect(stats.topics[0].depth).toBe(2);
    expect(await nsqd.consume('restore_object', 2)).toEqual(['51', '52']);
  });

  it('leaves the rows in the outbox, to be retried later, when the HTTP address refuses connections', async () => {
    await queue(db.dataSource, 'restore_file', ['61', '62']);
    const relay = relayWith({ NSQ_URL: `http://127.0.0.1:${refusedPort}` });
    expect(await relay.deliverDue()).toBe(0);
    const rows = await pendingRows(db.dataSource);
    expect(rows.map((r) => [r.body, r.attempts, r.retry_later])).toEqual([['61', 1, true], ['62', 1, true]]);
    expect(rows[0].last_error).toBe(`nsqd at http://127.0.0.1:${refusedPort}/ is unreachable: connect ECONNREFUSED 127.0.0.1:${refusedPort}`);
    expect((await relay.status()).lastError).toBe(rows[0].last_error);
  });

  it('publishes over TCP when NSQD_TCP_ADDRESS is set, whatever the HTTP address', async () => {
    await queue(db.dataSource, 'delete_item', ['71']);
    expect(await relayWith({ NSQD_TCP_ADDRESS: nsqd.tcpAddress, NSQ_URL: `http://127.0.0.1:${refusedPort}` }).deliverDue()).toBe(1);
    expect(await nsqd.consume('delete_item', 1)).toEqual(['71']);
  });

  it('does not fall back to HTTP when the TCP address fails', async () => {
    await queue(db.dataSource, 'delete_item', ['81']);
    expect(await relayWith({ NSQD_TCP_ADDRESS: `127.0.0.1:${refusedPort}`, NSQD_HTTP_ADDRESS: nsqd.httpAddress }).deliverDue()).toBe(0);
    const [row] = await pendingRows(db.dataSource);
    expect(row.last_error).toContain(`127.0.0.1:${refusedPort}`);
  });

  it('publishes nothing and keeps the rows when no nsqd address is set', async () => {
    await queue(db.dataSource, 'delete_item', ['91']);
    expect(await relayWith({}).deliverDue()).toBe(0);
    expect(await pendingRows(db.dataSource)).toEqual([{ topic: 'delete_item', body: '91', attempts: 0, last_error: null, retry_later: false }]);
  });
});
