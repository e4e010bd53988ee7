import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as nsq from 'nsqjs';

/** A real nsqd on free loopback ports, for tests; it can be stopped and started again on the same ports. */
export class TestNsqd {
  private process: ChildProcess | undefined;

  private constructor(
    readonly tcpPort: number,
    readonly httpPort: number,
    private readonly dataDir: string,
  ) {}

  static async start(): Promise<TestNsqd> {
    const nsqd = new TestNsqd(await freePort(), await freePort(), await mkdtemp(path.join(tmpdir(), 'registry-nsqd-')));
    await nsqd.resume();
    return nsqd;
  }

  get tcpAddress(): string {
    return `127.0.0.1:${this.tcpPort}`;
  }

  get httpAddress(): string {
    return `http://127.0.0.1:${this.httpPort}`;
  }

  /** Starts (again) on the same ports and waits until it answers. */
  async resume(): Promise<void> {
    this.process = spawn(nsqdBinary(), [
      `--tcp-address=127.0.0.1:${this.tcpPort}`,
      `--http-address=127.0.0.1:${this.httpPort}`,
      `--data-path=${this.dataDir}`,
      '--broadcast-address=127.0.0.1',
    ], { stdio: 'ignore' });
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      if (await fetch(`${this.httpAddress}/ping`).then((r) => r.ok, () => false)) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('nsqd did not start');
  }

  /** Stops it (an outage), keeping its data directory. */
  async pause(): Promise<void> {
    const child = this.process;
    this.process = undefined;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  }

  async stop(): Promise<void> {
    await this.pause();
    await rm(this.dataDir, { recursive: true, force: true });
  }

  /** Reads `count` messages of `topic` (from the start of a new channel) and finishes them. */
  consume(topic: string, count: number, timeoutMs = 10_000): Promise<string[]> {
    const reader = new nsq.Reader(topic, `test-${Math.random().toString(36).slice(2)}`, { nsqdTCPAddresses: [this.tcpAddress], maxInFlight: 100 });
    const bodies: string[] = [];
    return new Promise<string[]>((resolve, reject) => {
      const timer = setTimeout(() => {
        reader.close();
        reject(new Error(`received ${bodies.length} of ${count} messages on ${topic}: ${JSON.stringify(bodies)}`));
      }, timeoutMs);
      reader.on('message', (message) => {
        bodies.push(message.body.toString());
        message.finish();
        if (bodies.length === count) {
          clearTimeout(timer);
          reader.close();
          resolve(bodies);
        }
      });
      reader.connect();
    });
  }
}

function nsqdBinary(): string {
  const candidates = [process.env.NSQD_BIN, path.join(__dirname, '..', '..', '.tools', 'bin', 'nsqd')].filter((p): p is string => !!p);
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error('nsqd not found: run scripts/install-nsqd.sh (npm test does it) or set NSQD_BIN');
  return found;
}

/** A loopback port nothing listens on (connections to it are refused until someone binds it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
