import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { createNsqPublisher, type NsqPublisher } from './nsq-publisher.js';
import { NOW_UTC } from '../persistence/sql-time.js';

export interface OutboxStatus {
  /** Messages not yet delivered to nsqd. */
  readonly pending: number;
  /** Seconds the oldest undelivered message has waited (0 when none). */
  readonly oldestPendingSeconds: number;
  readonly lastError: string | null;
}

const BATCH_SIZE = 200;
const IDLE_POLL_MS = 500;
const MAX_BACKOFF_SECONDS = 60;

/**
 * Publishes queued outbox rows to nsqd and marks them sent: at least once, in id order per topic,
 * safe with any number of replicas (rows are claimed with FOR UPDATE SKIP LOCKED). A row is marked
 * sent only once nsqd accepted it; when nsqd is unreachable or refuses, the rows stay pending and are
 * retried with backoff. The transport (TCP or HTTP) is chosen by createNsqPublisher.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly publisher: NsqPublisher | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;
  /** MAINTENANCE_MODE: nothing is published; messages wait in the outbox. */
  private readonly paused: boolean;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.publisher = createNsqPublisher(config.nsq);
    this.paused = config.maintenanceMode;
  }

  onApplicationBootstrap(): void {
    if (this.paused) {
      this.logger.warn('MAINTENANCE_MODE is on: the outbox relay does not publish until it is turned off.');
      return;
    }
    if (!this.publisher) {
      this.logger.warn(
        'Neither NSQD_TCP_ADDRESS nor NSQD_HTTP_ADDRESS (NSQ_URL) is set: work for Preserv is kept in the outbox until nsqd is configured.',
      );
      return;
    }
    this.logger.log(`Publishing work for Preserv to ${this.publisher.target}.`);
    this.schedule(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
    this.publisher?.close();
  }

  /** Asks for a delivery round now (after a commit that queued messages). */
  nudge(): void {
    if (this.publisher && !this.paused && !this.stopped && !this.running) this.schedule(0);
  }

  /** Delivers what is due now; returns how many messages went out. */
  async deliverDue(): Promise<number> {
    if (!this.publisher) return 0;
    return this.dataSource.transaction(async (manager) => {
      const rows: { id: number; topic: string; body: string }[] = await manager.query(
        `SELECT id, topic, body FROM queue_outbox
          WHERE sent_at IS NULL AND available_at <= ${NOW_UTC}
          ORDER BY id LIMIT ${BATCH_SIZE} FOR UPDATE SKIP LOCKED`,
      );
      if (rows.length === 0) return 0;
      const sent: number[] = [];
      try {
        for (const [topic, batch] of groupByTopic(rows)) {
          await this.publisher!.publish(topic, batch.map((r) => r.body));
          sent.push(...batch.map((r) => r.id));
        }
      } catch (error) {
        const failed = rows.filter((r) => !sent.includes(r.id)).map((r) => r.id);
        await manager.query(
          `UPDATE queue_outbox SET attempts = attempts + 1, last_error = $2,
                  available_at = ${NOW_UTC} + make_interval(secs => LEAST(${MAX_BACKOFF_SECONDS}, power(2, attempts)))
            WHERE id = ANY($1)`,
          [failed, error instanceof Error ? error.message : String(error)],
        );
      }
      if (sent.length > 0) await manager.query(`UPDATE queue_outbox SET sent_at = ${NOW_UTC} WHERE id = ANY($1)`, [sent]);
      return sent.length;
    });
  }

  async status(): Promise<OutboxStatus> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS pending,
              COALESCE(EXTRACT(EPOCH FROM ${NOW_UTC} - min(created_at)), 0)::float8 AS oldest,
              (SELECT last_error FROM queue_outbox WHERE sent_at IS NULL AND last_error IS NOT NULL ORDER BY id DESC LIMIT 1) AS last_error
         FROM queue_outbox WHERE sent_at IS NULL`,
    );
    return { pending: row.pending, oldestPendingSeconds: Math.max(0, Math.round(row.oldest)), lastError: row.last_error };
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.running = this.round().finally(() => (this.running = undefined));
    }, delayMs);
  }

  private async round(): Promise<void> {
    let delivered = 0;
    try {
      delivered = await this.deliverDue();
    } catch (error) {
      this.logger.warn(`Outbox delivery failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!this.stopped) this.schedule(delivered === BATCH_SIZE ? 0 : IDLE_POLL_MS);
  }
}

function groupByTopic<T extends { topic: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(row.topic, [...(groups.get(row.topic) ?? []), row]);
  return groups;
}
