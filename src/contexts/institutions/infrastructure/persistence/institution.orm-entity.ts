import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { BigIntColumn, TimestampColumn } from '../../../../shared/persistence/columns.js';
import type { Timestamp } from '../../../../shared/time/timestamp.js';

@Entity({ name: 'institutions' })
export class InstitutionOrmEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ type: 'varchar', nullable: true })
  name: string | null;

  @Column({ type: 'varchar', nullable: true })
  identifier: string | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Timestamp;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt: Timestamp;

  @Column({ type: 'varchar', nullable: true })
  state: string | null;

  @Column({ type: 'varchar', nullable: true })
  type: string | null;

  /** Parent of a sub-account; deliberately without an FK constraint. */
  @Column({ name: 'member_institution_id', type: 'int', nullable: true })
  memberInstitutionId: number | null;

  @TimestampColumn({ name: 'deactivated_at', nullable: true })
  deactivatedAt: Timestamp | null;

  @Column({ name: 'otp_enabled', type: 'boolean', nullable: true })
  otpEnabled: boolean | null;

  @Column({ name: 'receiving_bucket', type: 'varchar' })
  receivingBucket: string;

  @Column({ name: 'restore_bucket', type: 'varchar' })
  restoreBucket: string;

  @Column({ name: 'spot_restore_frequency', type: 'int', default: () => '0' })
  spotRestoreFrequency: number;

  @BigIntColumn({ name: 'last_spot_restore_work_item_id', nullable: true })
  lastSpotRestoreWorkItemId: number | null;
}
