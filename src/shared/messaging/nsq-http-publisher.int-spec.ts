import { createServer as createHttpServer } from 'node:http';
import { createServer, type Server, type Socket } from 'node:net';
import { freePort, TestNsqd } from '../../../test/support/nsqd.js';
import { NsqHttpPublisher } from './nsq-http-publisher.js';

describe(NsqHttpPublisher.name, () => {
  let nsqd: TestNsqd;

  const topicStats = async (topic: string) => {
    const response = await fetch(`${nsqd.httpAddress}/stats?format=json&topic=${topic}`);
    return ((await response.json()) as { topics: { topic_name: string; depth: number; message_count: number }[] }).topics[0];
  };

  beforeAll(async () => {
    nsqd = await TestNsqd.start();
  });
  afterAll(async () => {
    await nsqd.stop();
  });

  it('publishes a batch in order, each body as one message, exactly as given', async () => {
    const bodies = ['1201', 'two\nlines', 'ünïcode', '1204'];
    await new NsqHttpPublisher(nsqd.httpAddress).publish('restore_object', bodies);
    expect(await topicStats('restore_object')).toMatchObject({ topic_name: 'restore_object', depth: 4, message_count: 4 });
    expect(await nsqd.consume('restore_object', 4)).toEqual(bodies);
  });

  it('publishes a single message', async () => {
    await new NsqHttpPublisher(`${nsqd.httpAddress}/`).publish('delete_item', ['1301']);
    expect(await nsqd.consume('delete_item', 1)).toEqual(['1301']);
  });

  it("speaks the reference's wire contract: one POST to /pub?topic= per id, as text, under the URL's path", async () => {
    const seen: string[] = [];
    const standIn = createHttpServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        seen.push(`${request.method} ${request.url} ${request.headers['content-type']} ${body}`);
        response.end('OK');
      });
    });
    await new Promise<void>((resolve) => standIn.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = standIn.address() as { port: number };
      await new NsqHttpPublisher(`http://127.0.0.1:${port}/nsq`).publish('restore_object', ['1201', '1202']);
      expect(seen).toEqual(['POST /nsq/pub?topic=restore_object text/html 1201', 'POST /nsq/pub?topic=restore_object text/html 1202']);
    } finally {
      await new Promise((resolve) => standIn.close(resolve));
    }
  });

  it('fails when nsqd answers anything but 200, with what nsqd said', async () => {
    await expect(new NsqHttpPublisher(nsqd.httpAddress).publish('no spaces allowed', ['1'])).rejects.toThrow(
      `nsqd at ${nsqd.httpAddress}/ answered 400 to publishing to no spaces allowed: {"message":"INVALID_TOPIC"}`,
    );
  });

  it('fails at once when nothing listens at the address', async () => {
    const port = await freePort();
    await expect(new NsqHttpPublisher(`http://127.0.0.1:${port}`).publish('delete_item', ['1'])).rejects.toThrow(
      `nsqd at http://127.0.0.1:${port}/ is unreachable: connect ECONNREFUSED 127.0.0.1:${port}`,
    );
  });

  describe('when the address accepts connections but never answers', () => {
    let silent: Server;
    const sockets: Socket[] = [];

    beforeAll(async () => {
      silent = createServer((socket) => sockets.push(socket));
      await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    });
    afterAll(async () => {
      sockets.forEach((socket) => socket.destroy());
      await new Promise((resolve) => silent.close(resolve));
    });

    it('gives up after its timeout', async () => {
      const { port } = silent.address() as { port: number };
      const started = Date.now();
      await expect(new NsqHttpPublisher(`http://127.0.0.1:${port}`, 300).publish('delete_item', ['1'])).rejects.toThrow(
        `publishing to delete_item at http://127.0.0.1:${port}/ timed out after 300 ms`,
      );
      expect(Date.now() - started).toBeLessThan(3000);
      expect(sockets.length).toBeGreaterThan(0);
    });
  });
});
