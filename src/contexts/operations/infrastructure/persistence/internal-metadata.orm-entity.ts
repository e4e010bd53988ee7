import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampColumn } from '../../../../shared/persistence/columns.js';
import type { Timestamp } from '../../../../shared/time/timestamp.js';

/** Key/value rows used for locks and housekeeping; `key` is unique. */
@Entity({ name: 'ar_internal_metadata' })
export class InternalMetadataOrmEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ type: 'varchar' })
  key: string;

  @Column({ type: 'varchar', nullable: true })
  value: string | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Timestamp;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt: Timestamp;
}
