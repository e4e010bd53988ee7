import { Client, type ClientConfig, type Notification } from 'pg';

export interface ChannelSubscriber {
  /** A notification arrived on the channel. */
  onNotification(payload: string): void;
  /**
   * The listening connection came up (true) or went down (false). While it is down notifications
   * are lost, so whatever they keep fresh must stop being trusted until it is up again.
   */
  onLiveChange(live: boolean): void;
}

export interface ListenerLog {
  warn(message: string): void;
}

const RETRY_DELAYS_MS = [100, 500, 1_000, 5_000, 15_000];
const CONNECT_TIMEOUT_MS = 5_000;

/**
 * LISTENs on one PostgreSQL channel over a connection of its own (outside the pool), and
 * reconnects with a growing delay whenever that connection fails.
 */
export class PgChannelListener {
  private client: Client | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private failures = 0;
  private stopped = false;
  private live = false;

  constructor(
    private readonly connection: ClientConfig,
    private readonly channel: string,
    private readonly subscriber: ChannelSubscriber,
    private readonly log: ListenerLog,
  ) {
    if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`Not a plain channel name: ${channel}`);
  }

  get isLive(): boolean {
    return this.live;
  }

  /** Resolves once the first attempt to listen has succeeded or failed (failures are retried). */
  async start(): Promise<void> {
    this.stopped = false;
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    const client = this.client;
    this.client = null;
    this.setLive(false);
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    // A connection attempt that hangs would leave the channel unheard for good; it fails instead, and is retried.
    const client = new Client({ ...this.connection, connectionTimeoutMillis: this.connection.connectionTimeoutMillis || CONNECT_TIMEOUT_MS });
    this.client = client;
    client.on('notification', (message: Notification) => {
      if (message.channel === this.channel) this.subscriber.onNotification(message.payload ?? '');
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('connection ended')));
    try {
      await client.connect();
      await client.query(`LISTEN ${this.channel}`);
    } catch (error) {
      this.lost(client, error as Error);
      return;
    }
    if (this.client !== client) return;
    this.failures = 0;
    this.setLive(true);
  }

  private lost(client: Client, error: Error): void {
    if (this.client !== client) return;
    this.client = null;
    this.setLive(false);
    client.end().catch(() => undefined);
    if (this.stopped) return;
    const delay = RETRY_DELAYS_MS[Math.min(this.failures++, RETRY_DELAYS_MS.length - 1)]!;
    this.log.warn(`Listening on ${this.channel} failed (${error.message}); retrying in ${delay} ms`);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.connect();
    }, delay);
    this.retryTimer.unref();
  }

  private setLive(live: boolean): void {
    if (this.live === live) return;
    this.live = live;
    this.subscriber.onLiveChange(live);
  }
}
