import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampColumn } from '../../../../shared/persistence/columns.js';
import type { Timestamp } from '../../../../shared/time/timestamp.js';

/** No updated_at; per-recipient delivery state lives in `alerts_users`. */
@Entity({ name: 'alerts' })
export class AlertOrmEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: number;

  @Column({ name: 'institution_id', type: 'int', nullable: true })
  institutionId: number | null;

  @Column({ type: 'varchar' })
  type: string;

  @Column({ type: 'varchar' })
  subject: string;

  @Column({ type: 'text' })
  content: string;

  /** int4 although `deletion_requests.id` is int8. */
  @Column({ name: 'deletion_request_id', type: 'int', nullable: true })
  deletionRequestId: number | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Timestamp;
}
