import * as nsq from 'nsqjs';
import { TestNsqd } from '../../support/nsqd.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';
import { pageText, signIn, signInPageTarget, WebClient } from '../../support/web-client.js';

jest.setTimeout(60_000);

const INGEST_TOPICS = [
  'ingest01_prefetch', 'ingest02_bag_validation', 'ingest03_reingest_check', 'ingest04_staging', 'ingest05_format_identification',
  'ingest06_storage', 'ingest07_storage_validation', 'ingest08_record', 'ingest09_cleanup',
];

interface Stats {
  topics: { topic_name: string; paused: boolean; depth: number; channels: { channel_name: string; paused: boolean; depth: number; client_count: number }[] }[];
}

describe('web: NSQ admin page (real nsqd)', () => {
  let nsqd: TestNsqd;
  let t: TestApp;
  let admin: WebClient;

  const stats = async (): Promise<Stats> => (await fetch(`${nsqd.httpAddress}/stats?format=json`)).json() as Promise<Stats>;
  const topic = async (name: string) => (await stats()).topics.find((x) => x.topic_name === name);
  const publish = (name: string, body: string) => fetch(`${nsqd.httpAddress}/pub?topic=${name}`, { method: 'POST', body });
  /** Posts an admin action and returns the flash message the next page shows. */
  const act = async (form: Record<string, string>): Promise<string> => {
    const response = await admin.post('/nsq/admin', { topicName: '', channelName: '', applyToAll: 'false', ...form }, { tokenPage: '/nsq' });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/nsq');
    const page = await admin.get('/nsq');
    return pageText(/<div class="flash-list">[\s\S]*?<\/div>\s*<\/div>/.exec(page.body)?.[0] ?? '');
  };

  beforeAll(async () => {
    nsqd = await TestNsqd.start();
    t = await createTestApp({ env: { NSQD_HTTP_ADDRESS: nsqd.httpAddress } });
    admin = await signIn(t, 'system@aptrust.org');
  });
  afterAll(async () => {
    await t.close();
    await nsqd.stop();
  });

  it('is for sys admins only', async () => {
    const anonymous = await new WebClient(t).get('/nsq');
    expect(anonymous.statusCode).toBe(401);
    expect(signInPageTarget(anonymous)).toBe('/users/sign_in?requrl=%2Fnsq');
    for (const email of ['admin@inst1.edu', 'user@inst1.edu', 'user@inst2.edu']) {
      const client = await signIn(t, email);
      expect((await client.get('/nsq')).statusCode).toBe(403);
      expect((await client.post('/nsq/admin', { operation: 'pause', targetType: 'topic', topicName: 'x' }, { tokenPage: '/dashboard' })).statusCode).toBe(403);
      expect((await client.post('/nsq/init', {})).statusCode).toBe(403);
    }
  });

  it("shows nsqd's facts and creates the default ingest topics with their worker channels", async () => {
    const page = await admin.get('/nsq');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>APTrust Registry - NSQ Dashboard</title>');
    const text = pageText(page.body);
    expect(page.body).toMatch(/Version 1\.[\d.]+ running at <b>[^<]+:\d+<\/b> \(TCP port \d+\)\. Started [^.]+\. Health: OK\./);
    expect(text).toContain(`TCP port ${nsqd.tcpPort}`);
    expect(text).toContain('9 of the nine ingest topics do not exist yet.');
    expect(page.body).toContain('<a href="/nsq" aria-current="page">NSQ</a>');

    const init = await admin.post('/nsq/init', {});
    expect(init.statusCode).toBe(303);
    const after = await admin.get('/nsq');
    expect(pageText(after.body)).toContain(`Created 9 default topics: ${INGEST_TOPICS.join(', ')}.`);
    const topics = (await stats()).topics;
    expect(topics.map((x) => x.topic_name).sort()).toEqual(INGEST_TOPICS);
    expect(topics.every((x) => x.channels.map((c) => c.channel_name).join() === `${x.topic_name}_worker_chan`)).toBe(true);
    expect(after.body).not.toContain('action="/nsq/init"');
  });

  it('shows depths, channels and connected clients', async () => {
    await publish('ingest01_prefetch', 'one');
    await publish('ingest01_prefetch', 'two');
    const reader = new nsq.Reader('ingest02_bag_validation', 'watcher', { nsqdTCPAddresses: [nsqd.tcpAddress], maxInFlight: 1 });
    reader.connect();
    try {
      for (let i = 0; i < 100 && !(await topic('ingest02_bag_validation'))?.channels.some((c) => c.channel_name === 'watcher' && c.client_count === 1); i++) {
        await new Promise((r) => setTimeout(r, 50));
      }
      const page = await admin.get('/nsq');
      const section = /<h2 id="topic-\d+">ingest01_prefetch[\s\S]*?<\/section>/.exec(page.body)![0];
      expect(section).toContain('<span class="badge badge--ok">Running</span>');
      expect(pageText(section)).toContain('ingest01_prefetch_worker_chan 2 0 0 0 2 0 0 0');
      expect(pageText(section)).toContain('No clients connected.');
      const watched = /<h2 id="topic-\d+">ingest02_bag_validation[\s\S]*?<\/section>/.exec(page.body)![0];
      expect(watched).toContain('Clients of watcher');
      expect(watched).toMatch(/<td>Subscribed<\/td>/);
    } finally {
      reader.close();
    }
  });

  it('pauses, unpauses and empties one topic or channel through nsqd', async () => {
    expect(await act({ operation: 'pause', targetType: 'topic', topicName: 'ingest01_prefetch' })).toContain('Succeeded: pause ingest01_prefetch');
    expect((await topic('ingest01_prefetch'))!.paused).toBe(true);
    const page = await admin.get('/nsq');
    const section = /<h2 id="topic-\d+">ingest01_prefetch[\s\S]*?<\/section>/.exec(page.body)![0];
    expect(section).toContain('<span class="badge badge--bad">Paused</span>');
    expect(section).toMatch(/<input type="hidden" name="operation" value="unpause">\s*<input type="hidden" name="targetType" value="topic">/);
    expect(section).toContain('data-confirm="Do you want to empty ingest01_prefetch?"');

    expect(await act({ operation: 'unpause', targetType: 'topic', topicName: 'ingest01_prefetch' })).toContain('Succeeded: unpause ingest01_prefetch');
    expect((await topic('ingest01_prefetch'))!.paused).toBe(false);

    const channel = { targetType: 'channel', topicName: 'ingest01_prefetch', channelName: 'ingest01_prefetch_worker_chan' };
    expect(await act({ operation: 'pause', ...channel })).toContain('Succeeded: pause ingest01_prefetch_worker_chan');
    expect((await topic('ingest01_prefetch'))!.channels[0].paused).toBe(true);
    expect(await act({ operation: 'empty', ...channel })).toContain('Succeeded: empty ingest01_prefetch_worker_chan');
    expect((await topic('ingest01_prefetch'))!.channels[0].depth).toBe(0);
    expect(await act({ operation: 'unpause', ...channel })).toContain('Succeeded: unpause ingest01_prefetch_worker_chan');
  });

  it('applies an action to every topic or every channel', async () => {
    expect(await act({ operation: 'pause', targetType: 'channel', applyToAll: 'true' })).toContain('Succeeded: pause all channels');
    expect((await stats()).topics.flatMap((x) => x.channels).every((c) => c.paused)).toBe(true);
    expect(await act({ operation: 'unpause', targetType: 'channel', applyToAll: 'true' })).toContain('Succeeded: unpause all channels');
    expect(await act({ operation: 'pause', targetType: 'topic', applyToAll: 'true' })).toContain('Succeeded: pause all topics');
    expect((await stats()).topics.every((x) => x.paused)).toBe(true);
    expect(await act({ operation: 'unpause', targetType: 'topic', applyToAll: 'true' })).toContain('Succeeded: unpause all topics');
    expect((await stats()).topics.some((x) => x.paused)).toBe(false);
  });

  it('deletes a channel and a topic', async () => {
    expect(await act({ operation: 'delete', targetType: 'channel', topicName: 'ingest09_cleanup', channelName: 'ingest09_cleanup_worker_chan' })).toContain('Succeeded: delete ingest09_cleanup_worker_chan');
    expect((await topic('ingest09_cleanup'))!.channels).toEqual([]);
    expect(await act({ operation: 'delete', targetType: 'topic', topicName: 'ingest09_cleanup' })).toContain('Succeeded: delete ingest09_cleanup');
    expect(await topic('ingest09_cleanup')).toBeUndefined();
  });

  it("reports nsqd's refusal, and refuses unknown operations", async () => {
    expect(await act({ operation: 'pause', targetType: 'topic', topicName: 'no_such_topic' })).toMatch(/Failed: pause no_such_topic: .*TOPIC_NOT_FOUND/);
    expect((await admin.post('/nsq/admin', { operation: 'explode', targetType: 'topic', topicName: 'x' })).statusCode).toBe(400);
    expect((await admin.post('/nsq/admin', { operation: 'pause', targetType: 'queue', topicName: 'x' })).statusCode).toBe(400);
    expect((await admin.post('/nsq/admin', { operation: 'pause', targetType: 'topic' }, { csrf: false })).statusCode).not.toBe(303);
  });

  it('says so when nsqd is unreachable', async () => {
    await nsqd.pause();
    try {
      const page = await admin.get('/nsq');
      expect(page.statusCode).toBe(200);
      expect(pageText(page.body)).toContain(`NSQ is unreachable nsqd at ${nsqd.httpAddress}`);
      expect(await act({ operation: 'pause', targetType: 'topic', topicName: 'ingest01_prefetch' })).toMatch(/Failed: pause ingest01_prefetch: nsqd at .* is unreachable/);
    } finally {
      await nsqd.resume();
    }
  });
});

describe('web: NSQ admin page without nsqd configured', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('explains that NSQ is not configured, and posts say so too', async () => {
    const admin = await signIn(t, 'system@aptrust.org');
    const page = await admin.get('/nsq');
    expect(page.statusCode).toBe(200);
    expect(pageText(page.body)).toContain('NSQ is not configured Set NSQD_HTTP_ADDRESS');
    expect((await admin.post('/nsq/admin', { operation: 'pause', targetType: 'topic', topicName: 'x' })).statusCode).toBe(303);
    expect(pageText((await admin.get('/nsq')).body)).toContain('Failed: pause x: NSQ is not configured');
  });
});
