import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { BigIntColumn, TimestampColumn } from '../../../../shared/persistence/columns.js';
import type { Timestamp } from '../../../../shared/time/timestamp.js';

@Entity({ name: 'work_items' })
export class WorkItemOrmEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Timestamp;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt: Timestamp;

  @Column({ name: 'intellectual_object_id', type: 'int', nullable: true })
  intellectualObjectId: number | null;

  @Column({ name: 'generic_file_id', type: 'int', nullable: true })
  genericFileId: number | null;

  @Column({ type: 'varchar', nullable: true })
  name: string | null;

  @Column({ type: 'varchar', nullable: true })
  etag: string | null;

  @Column({ type: 'varchar', nullable: true })
  bucket: string | null;

  /** Requester's email. `user` is a reserved word in PostgreSQL; raw SQL must quote it. */
  @Column({ name: 'user', type: 'varchar', nullable: true })
  user: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'varchar', nullable: true })
  action: string | null;

  @Column({ type: 'varchar', nullable: true })
  stage: string | null;

  @Column({ type: 'varchar', nullable: true })
  status: string | null;

  @Column({ type: 'text', nullable: true })
  outcome: string | null;

  @TimestampColumn({ name: 'bag_date', nullable: true })
  bagDate: Timestamp | null;

  @TimestampColumn({ name: 'date_processed', nullable: true })
  dateProcessed: Timestamp | null;

  @Column({ type: 'boolean', default: () => 'false' })
  retry: boolean;

  @Column({ type: 'varchar', length: 255, nullable: true })
  node: string | null;

  @Column({ type: 'int', nullable: true, default: () => '0' })
  pid: number | null;

  @Column({ name: 'needs_admin_review', type: 'boolean', default: () => 'false' })
  needsAdminReview: boolean;

  @Column({ name: 'institution_id', type: 'int', nullable: true })
  institutionId: number | null;

  @TimestampColumn({ name: 'queued_at', nullable: true })
  queuedAt: Timestamp | null;

  @BigIntColumn({ nullable: true })
  size: number | null;

  @TimestampColumn({ name: 'stage_started_at', nullable: true })
  stageStartedAt: Timestamp | null;

  @Column({ name: 'aptrust_approver', type: 'varchar', nullable: true })
  aptrustApprover: string | null;

  @Column({ name: 'inst_approver', type: 'varchar', nullable: true })
  instApprover: string | null;

  @BigIntColumn({ name: 'deletion_request_id', nullable: true })
  deletionRequestId: number | null;
}
