import { Injectable, ServiceUnavailableException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator, type HealthCheckResult, type HealthIndicatorFunction } from '@nestjs/terminus';
import { MigrationsHealthIndicator } from '../infrastructure/health/migrations.indicator.js';
import { NsqdHealthIndicator } from '../infrastructure/health/nsqd.indicator.js';
import { RedisHealthIndicator } from '../infrastructure/health/redis.indicator.js';
import { ShutdownState } from './shutdown-state.js';

const DATABASE_TIMEOUT_MS = 3000;

export interface ProbeOutcome {
  readonly httpStatus: 200 | 503;
  readonly body: HealthCheckResult;
}

/**
 * Liveness: the process is up and not shutting down. Readiness: additionally PostgreSQL answers
 * and every migration is applied; Redis and nsqd, when configured, are reported (`degraded`)
 * but never make the instance unready.
 */
@Injectable()
export class ProbesService {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly migrations: MigrationsHealthIndicator,
    private readonly redis: RedisHealthIndicator,
    private readonly nsqd: NsqdHealthIndicator,
    private readonly shutdown: ShutdownState,
    private readonly dataSource: DataSource,
  ) {}

  /** Why PostgreSQL cannot be reached, or null when it answers (the plain `GET /health`). */
  async databaseProblem(): Promise<string | null> {
    try {
      await this.dataSource.query('SELECT 1');
      return null;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }

  live(): Promise<ProbeOutcome> {
    return this.run([() => this.indicators.check('process').up({ uptimeSeconds: Math.round(process.uptime()) })]);
  }

  ready(): Promise<ProbeOutcome> {
    return this.run([
      () => this.database.pingCheck('database').withTimeout(DATABASE_TIMEOUT_MS),
      () => this.migrations.check(),
      ...(this.redis.configured ? [() => this.redis.check()] : []),
      ...(this.nsqd.configured ? [() => this.nsqd.check()] : []),
    ]);
  }

  private async run(checks: HealthIndicatorFunction[]): Promise<ProbeOutcome> {
    if (this.shutdown.shuttingDown) return { httpStatus: 503, body: { status: 'shutting_down', info: {}, error: {}, details: {} } };
    try {
      return { httpStatus: 200, body: await this.health.check(checks) };
    } catch (error) {
      if (error instanceof ServiceUnavailableException) return { httpStatus: 503, body: error.getResponse() as HealthCheckResult };
      throw error;
    }
  }
}
