import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampColumn } from '../../../../shared/persistence/columns.js';
import type { Timestamp } from '../../../../shared/time/timestamp.js';

/** Pricing lookup; `name` matches `storage_option` on objects and files. No created_at. */
@Entity({ name: 'storage_options' })
export class StorageOptionOrmEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: number;

  @Column({ type: 'varchar' })
  provider: string;

  @Column({ type: 'varchar' })
  service: string;

  @Column({ type: 'varchar' })
  region: string;

  @Column({ type: 'varchar' })
  name: string;

  @Column({ name: 'cost_gb_per_month', type: 'numeric', precision: 12, scale: 8 })
  costGbPerMonth: number;

  @Column({ type: 'varchar' })
  comment: string;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt: Timestamp;
}
