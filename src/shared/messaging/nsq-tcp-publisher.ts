import * as nsq from 'nsqjs';
import type { NsqPublisher } from './nsq-publisher.js';

/**
 * Publishes to one nsqd over TCP with nsqjs (MPUB per batch). Connects lazily; a failed connection
 * or publish drops the writer so that the next call reconnects.
 */
export class NsqTcpPublisher implements NsqPublisher {
  private writer: nsq.Writer | undefined;
  private connecting: Promise<nsq.Writer> | undefined;

  constructor(
    private readonly tcpAddress: string,
    private readonly timeoutMs = 5000,
  ) {}

  get target(): string {
    return `nsqd over TCP at ${this.tcpAddress}`;
  }

  async publish(topic: string, bodies: readonly string[]): Promise<void> {
    const writer = await this.connect();
    try {
      await withTimeout(
        new Promise<void>((resolve, reject) => writer.publish(topic, [...bodies], (error) => (error ? reject(error) : resolve()))),
        this.timeoutMs,
        `publishing to ${topic} timed out`,
      );
    } catch (error) {
      this.drop(writer);
      throw error;
    }
  }

  close(): void {
    if (this.writer) this.drop(this.writer);
  }

  private connect(): Promise<nsq.Writer> {
    if (this.writer) return Promise.resolve(this.writer);
    this.connecting ??= this.open()
      .then((writer) => (this.writer = writer))
      .finally(() => (this.connecting = undefined));
    return this.connecting;
  }

  private open(): Promise<nsq.Writer> {
    const [host, port] = splitAddress(this.tcpAddress);
    const writer = new nsq.Writer(host, port);
    const ready = new Promise<nsq.Writer>((resolve, reject) => {
      writer.once('ready', () => resolve(writer));
      writer.once('error', reject);
      writer.once('closed', () => reject(new Error(`nsqd at ${this.tcpAddress} closed the connection`)));
    });
    // Errors after 'ready' (nsqd went away) must not crash the process; the next publish reconnects.
    writer.on('error', () => this.forget(writer));
    writer.on('closed', () => this.forget(writer));
    writer.connect();
    return withTimeout(ready, this.timeoutMs, `connecting to nsqd at ${this.tcpAddress} timed out`).catch((error: unknown) => {
      writer.close();
      throw error;
    });
  }

  private forget(writer: nsq.Writer): void {
    if (this.writer === writer) this.writer = undefined;
  }

  private drop(writer: nsq.Writer): void {
    this.forget(writer);
    writer.close();
  }
}

function splitAddress(address: string): [string, number] {
  const index = address.lastIndexOf(':');
  return [address.slice(0, index), Number(address.slice(index + 1))];
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<T>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
