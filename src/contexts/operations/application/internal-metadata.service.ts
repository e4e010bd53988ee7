import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JobStatusService, type JobStatus } from '../../../shared/jobs/index.js';
import { OutboxRelay, type OutboxStatus } from '../../../shared/messaging/outbox-relay.service.js';
import { MIGRATIONS_TABLE } from '../../../shared/persistence/data-source.js';
import type { Timestamp } from '../../../shared/time/timestamp.js';

export interface MetadataRow {
  readonly key: string;
  readonly value: string | null;
  readonly createdAt: Timestamp;
  readonly updatedAt: Timestamp;
}

export interface MigrationRow {
  readonly name: string;
  readonly timestamp: number;
}

export interface InternalMetadataOverview {
  readonly metadata: readonly MetadataRow[];
  readonly outbox: OutboxStatus;
  readonly jobs: readonly JobStatus[];
  readonly migrations: readonly MigrationRow[];
}

/** The sys admins' internal metadata page (workflows.md §9.4): metadata rows, NSQ outbox backlog, background jobs, migrations. */
@Injectable()
export class InternalMetadataService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxRelay,
    private readonly jobs: JobStatusService,
  ) {}

  async overview(): Promise<InternalMetadataOverview> {
    const [metadata, outbox, jobs, migrations] = await Promise.all([
      this.dataSource.query<MetadataRow[]>(`SELECT key, value, created_at AS "createdAt", updated_at AS "updatedAt" FROM ar_internal_metadata ORDER BY key`),
      this.outbox.status(),
      this.jobs.list(),
      this.dataSource.query<MigrationRow[]>(`SELECT name, timestamp FROM "${MIGRATIONS_TABLE}" ORDER BY timestamp DESC, id DESC`),
    ]);
    return { metadata, outbox, jobs, migrations };
  }
}
