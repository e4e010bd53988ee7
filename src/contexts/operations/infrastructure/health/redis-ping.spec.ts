import { createServer, type Server } from 'node:net';
import { redisPing } from './redis-ping.js';

/** A stand-in Redis that understands AUTH (password "s3cret") and PING; `silent` never answers. */
async function fakeRedis(options: { silent?: boolean } = {}): Promise<{ server: Server; port: number; commands: string[][] }> {
  const commands: string[][] = [];
  const server = createServer((socket) => {
    socket.on('data', (chunk) => {
      if (options.silent) return;
      for (const command of chunk.toString().split(/\*\d+\r\n/).filter(Boolean)) {
        const args = command.split('\r\n').filter((_, i) => i % 2 === 1);
        commands.push(args);
        if (args[0] === 'AUTH') socket.write(args.at(-1) === 's3cret' ? '+OK\r\n' : '-WRONGPASS invalid username-password pair\r\n');
        else if (args[0] === 'PING') socket.write('+PONG\r\n');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as { port: number }).port, commands };
}

describe(redisPing.name, () => {
  const servers: Server[] = [];
  const start = async (options?: { silent?: boolean }) => {
    const fake = await fakeRedis(options);
    servers.push(fake.server);
    return fake;
  };
  afterAll(async () => {
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  });

  it('sends PING and resolves on PONG', async () => {
    const { port, commands } = await start();
    await redisPing(`redis://127.0.0.1:${port}/0`, undefined, 1000);
    expect(commands).toEqual([['PING']]);
  });

  it('authenticates first with the password from the URL or the setting', async () => {
    const { port, commands } = await start();
    await redisPing(`redis://127.0.0.1:${port}`, 's3cret', 1000);
    await redisPing(`redis://app:s3cret@127.0.0.1:${port}`, undefined, 1000);
    expect(commands).toEqual([['AUTH', 's3cret'], ['PING'], ['AUTH', 'app', 's3cret'], ['PING']]);
  });

  it('rejects with Redis’s error when authentication fails', async () => {
    const { port } = await start();
    await expect(redisPing(`redis://127.0.0.1:${port}`, 'wrong', 1000)).rejects.toThrow('Redis answered WRONGPASS');
  });

  it('rejects when nothing listens, or nothing answers in time', async () => {
    const closed = await start();
    await new Promise((resolve) => closed.server.close(resolve));
    await expect(redisPing(`redis://127.0.0.1:${closed.port}`, undefined, 1000)).rejects.toThrow(/ECONNREFUSED/);
    const { port } = await start({ silent: true });
    await expect(redisPing(`redis://127.0.0.1:${port}`, undefined, 100)).rejects.toThrow('did not answer within 100 ms');
  });
});
