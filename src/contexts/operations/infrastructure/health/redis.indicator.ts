import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import type { AppConfig } from '../../../../config/app-config.js';
import { APP_CONFIG } from '../../../../config/config.module.js';
import { redisPing } from './redis-ping.js';

const TIMEOUT_MS = 2000;

/**
 * Pings Redis over a connection of its own, closed right after: nothing stays open between probes.
 * Never fails readiness: an unreachable Redis degrades ingest-state pages, not the registry.
 */
@Injectable()
export class RedisHealthIndicator {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly indicators: HealthIndicatorService,
  ) {}

  get configured(): boolean {
    return this.config.redis.url !== undefined;
  }

  async check(key = 'redis'): Promise<HealthIndicatorResult<string>> {
    const session = this.indicators.check(key);
    const started = performance.now();
    try {
      await redisPing(this.config.redis.url!, this.config.redis.password, TIMEOUT_MS);
      return session.up({ responseTime: Math.round(performance.now() - started) });
    } catch (error) {
      return session.degraded({ message: error instanceof Error ? error.message : String(error) });
    }
  }
}
