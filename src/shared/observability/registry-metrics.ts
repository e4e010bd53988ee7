import { Injectable, Logger } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { OutboxRelay, type OutboxStatus } from '../messaging/outbox-relay.service.js';
import type { RouteGroup } from '../http/route-group.js';
import { ApiKeyCacheMetrics } from './api-key-cache.metrics.js';

export interface RequestSample {
  readonly group: RouteGroup;
  readonly method: string;
  /** The matched route pattern, or `unmatched`: never the raw URL, which would make a series per record. */
  readonly route: string;
  readonly statusCode: number;
  readonly seconds: number;
}

/** The parts of a node-postgres Pool the pool gauges read. */
interface PgPoolCounts {
  readonly totalCount: number;
  readonly idleCount: number;
  readonly waitingCount: number;
  readonly options?: { readonly max?: number };
}

const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
/** Both outbox gauges are filled from one query per scrape. */
const OUTBOX_STATUS_REUSE_MS = 1000;

/**
 * The registry's Prometheus metrics, in a registry of their own per application (tests run several
 * applications in one process). Database pool and outbox gauges are read when scraped.
 */
@Injectable()
export class RegistryMetrics implements ApiKeyCacheMetrics {
  readonly registry = new Registry();
  private readonly logger = new Logger('Metrics');
  private readonly requestDuration: Histogram<'group' | 'method' | 'route'>;
  private readonly requests: Counter<'group' | 'method' | 'route' | 'status_code'>;
  private readonly apiKeyCache: Counter<'result'>;
  private outboxStatus: { readonly at: number; readonly status: Promise<OutboxStatus | undefined> } | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxRelay,
  ) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.requestDuration = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'Time to answer HTTP requests, by route group (web, member-api, admin-api), method and route pattern.',
      labelNames: ['group', 'method', 'route'],
      buckets: DURATION_BUCKETS,
      registers,
    });
    this.requests = new Counter({
      name: 'http_requests_total',
      help: 'HTTP responses sent, by route group, method, route pattern and status code.',
      labelNames: ['group', 'method', 'route', 'status_code'],
      registers,
    });
    this.apiKeyCache = new Counter({
      name: 'registry_api_key_cache_lookups_total',
      help: 'API-key verifications answered from the cache of verified keys (hit) or by bcrypt (miss).',
      labelNames: ['result'],
      registers,
    });
    const pool = () => this.pool();
    new Gauge({
      name: 'registry_db_pool_connections',
      help: 'PostgreSQL pool connections: total (open), idle, and waiting (queued requests for a connection).',
      labelNames: ['state'],
      registers,
      collect() {
        const counts = pool();
        if (!counts) return;
        this.set({ state: 'total' }, counts.totalCount);
        this.set({ state: 'idle' }, counts.idleCount);
        this.set({ state: 'waiting' }, counts.waitingCount);
      },
    });
    new Gauge({
      name: 'registry_db_pool_max_connections',
      help: 'Size limit of the PostgreSQL pool (DB_POOL_SIZE).',
      registers,
      collect() {
        const max = pool()?.options?.max;
        if (max !== undefined) this.set(max);
      },
    });
    const outboxStatus = () => this.currentOutboxStatus();
    new Gauge({
      name: 'registry_outbox_pending_messages',
      help: 'Messages for Preserv waiting in the outbox to be published to nsqd.',
      registers,
      async collect() {
        const status = await outboxStatus();
        if (status) this.set(status.pending);
      },
    });
    new Gauge({
      name: 'registry_outbox_oldest_pending_seconds',
      help: 'Age of the oldest message waiting in the outbox (0 when none).',
      registers,
      async collect() {
        const status = await outboxStatus();
        if (status) this.set(status.oldestPendingSeconds);
      },
    });
  }

  observeRequest(sample: RequestSample): void {
    const labels = { group: sample.group, method: sample.method, route: sample.route };
    this.requestDuration.observe(labels, sample.seconds);
    this.requests.inc({ ...labels, status_code: String(sample.statusCode) });
  }

  hit(): void {
    this.apiKeyCache.inc({ result: 'hit' });
  }

  miss(): void {
    this.apiKeyCache.inc({ result: 'miss' });
  }

  /** The text exposition format. */
  render(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  private pool(): PgPoolCounts | undefined {
    if (!this.dataSource.isInitialized) return undefined;
    return (this.dataSource.driver as unknown as { master?: PgPoolCounts }).master;
  }

  private currentOutboxStatus(): Promise<OutboxStatus | undefined> {
    const now = Date.now();
    if (!this.outboxStatus || now - this.outboxStatus.at > OUTBOX_STATUS_REUSE_MS) {
      const status = this.outbox.status().catch((error: unknown) => {
        this.logger.warn(`Outbox status unavailable: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
      });
      this.outboxStatus = { at: now, status };
    }
    return this.outboxStatus.status;
  }
}
