import { createServer, type Server, type Socket } from 'node:net';
import { PgChannelListener } from './pg-channel-listener.js';

/** A server that accepts connections and never answers: a database that hangs during connect. */
async function silentServer(): Promise<{ server: Server; port: number; sockets: Socket[] }> {
  const sockets: Socket[] = [];
  const server = createServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as { port: number }).port, sockets };
}

describe(PgChannelListener.name, () => {
  it('gives up on a connection attempt that hangs (after 5 s unless the connection sets a limit), and tries again', async () => {
    const { server, port, sockets } = await silentServer();
    const warnings: string[] = [];
    const listener = new PgChannelListener(
      { host: '127.0.0.1', port, user: 'postgres', database: 'postgres' },
      'some_channel',
      { onNotification: () => undefined, onLiveChange: () => undefined },
      { warn: (message) => warnings.push(message) },
    );
    try {
      await listener.start();
      expect(listener.isLive).toBe(false);
      expect(warnings).toEqual([expect.stringMatching(/^Listening on some_channel failed \(.*timeout.*\); retrying in 100 ms$/i)]);
      const deadline = Date.now() + 8_000;
      while (sockets.length < 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(sockets.length).toBeGreaterThanOrEqual(2);
    } finally {
      await listener.stop();
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    }
  }, 20_000);
});
