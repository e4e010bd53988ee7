import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampColumn } from '../../../../shared/persistence/columns.js';
import type { Timestamp } from '../../../../shared/time/timestamp.js';

/** No created_at/updated_at; work items point here through `work_items.deletion_request_id`. */
@Entity({ name: 'deletion_requests' })
export class DeletionRequestOrmEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: number;

  @Column({ name: 'institution_id', type: 'int' })
  institutionId: number;

  @Column({ name: 'requested_by_id', type: 'int' })
  requestedById: number;

  @TimestampColumn({ name: 'requested_at' })
  requestedAt: Timestamp;

  @Column({ name: 'encrypted_confirmation_token', type: 'varchar' })
  encryptedConfirmationToken: string;

  @Column({ name: 'confirmed_by_id', type: 'int', nullable: true })
  confirmedById: number | null;

  @TimestampColumn({ name: 'confirmed_at', nullable: true })
  confirmedAt: Timestamp | null;

  @Column({ name: 'cancelled_by_id', type: 'int', nullable: true })
  cancelledById: number | null;

  @TimestampColumn({ name: 'cancelled_at', nullable: true })
  cancelledAt: Timestamp | null;
}
