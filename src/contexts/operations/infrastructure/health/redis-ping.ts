import { connect as tcpConnect } from 'node:net';
import { connect as tlsConnect } from 'node:tls';

/**
 * Opens a connection, authenticates when a password is known, sends PING and closes: a probe
 * that leaves no client, timer or reconnect loop behind.
 */
export function redisPing(redisUrl: string, password: string | undefined, timeoutMs: number): Promise<void> {
  const url = new URL(redisUrl);
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const port = url.port ? Number(url.port) : 6379;
  const secret = url.password ? decodeURIComponent(url.password) : password;
  const commands: string[][] = [];
  if (secret) commands.push(url.username ? ['AUTH', decodeURIComponent(url.username), secret] : ['AUTH', secret]);
  commands.push(['PING']);

  return new Promise((resolve, reject) => {
    const socket = url.protocol === 'rediss:' ? tlsConnect({ host, port, servername: host }) : tcpConnect({ host, port });
    let received = '';
    const finish = (error?: Error) => {
      socket.destroy();
      if (error) reject(error);
      else resolve();
    };
    socket.setTimeout(timeoutMs, () => finish(new Error(`Redis at ${host}:${port} did not answer within ${timeoutMs} ms`)));
    socket.once('error', finish);
    socket.once(url.protocol === 'rediss:' ? 'secureConnect' : 'connect', () => socket.write(commands.map(encode).join('')));
    socket.on('data', (chunk) => {
      received += chunk.toString('utf8');
      const replies = received.split('\r\n').slice(0, -1);
      const failed = replies.find((reply) => reply.startsWith('-'));
      if (failed) finish(new Error(`Redis answered ${failed.slice(1)}`));
      else if (replies.length >= commands.length) finish(replies.at(-1) === '+PONG' ? undefined : new Error(`Redis answered ${replies.at(-1)} to PING`));
    });
  });
}

const encode = (args: string[]): string => `*${args.length}\r\n${args.map((a) => `$${Buffer.byteLength(a)}\r\n${a}\r\n`).join('')}`;
