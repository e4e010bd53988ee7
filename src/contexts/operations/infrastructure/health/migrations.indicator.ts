import { Injectable } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import { MIGRATIONS_TABLE } from '../../../../shared/persistence/data-source.js';

/**
 * Up when every migration the code knows has been applied. Reads the migrations table only:
 * TypeORM's own check would create the table, a write a probe must not make.
 */
@Injectable()
export class MigrationsHealthIndicator {
  constructor(
    private readonly dataSource: DataSource,
    private readonly indicators: HealthIndicatorService,
  ) {}

  async check(key = 'migrations'): Promise<HealthIndicatorResult<string>> {
    const session = this.indicators.check(key);
    try {
      const pending = await this.pending();
      return pending.length === 0 ? session.up({ applied: this.dataSource.migrations.length }) : session.down({ message: `${pending.length} pending`, pending });
    } catch (error) {
      return session.down({ message: error instanceof Error ? error.message : String(error) });
    }
  }

  async pending(): Promise<string[]> {
    const rows: { name: string }[] = await this.dataSource.query(`SELECT name FROM "${MIGRATIONS_TABLE}"`);
    const applied = new Set(rows.map((row) => row.name));
    return this.dataSource.migrations.map((m) => m.name ?? m.constructor.name).filter((name) => !applied.has(name));
  }
}
