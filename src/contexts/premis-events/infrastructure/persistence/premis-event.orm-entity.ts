import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampColumn } from '../../../../shared/persistence/columns.js';
import type { Timestamp } from '../../../../shared/time/timestamp.js';

@Entity({ name: 'premis_events' })
export class PremisEventOrmEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ type: 'varchar', nullable: true })
  identifier: string | null;

  @Column({ name: 'event_type', type: 'varchar', nullable: true })
  eventType: string | null;

  @TimestampColumn({ name: 'date_time', nullable: true })
  dateTime: Timestamp | null;

  @Column({ name: 'outcome_detail', type: 'varchar', nullable: true })
  outcomeDetail: string | null;

  @Column({ type: 'varchar', nullable: true })
  detail: string | null;

  @Column({ name: 'outcome_information', type: 'varchar', nullable: true })
  outcomeInformation: string | null;

  @Column({ type: 'varchar', nullable: true })
  object: string | null;

  @Column({ type: 'varchar', nullable: true })
  agent: string | null;

  @Column({ name: 'intellectual_object_id', type: 'int', nullable: true })
  intellectualObjectId: number | null;

  /** NULL for an object-level event. */
  @Column({ name: 'generic_file_id', type: 'int', nullable: true })
  genericFileId: number | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Timestamp;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt: Timestamp;

  @Column({ type: 'varchar', nullable: true })
  outcome: string | null;

  @Column({ name: 'institution_id', type: 'int', nullable: true })
  institutionId: number | null;

  @Column({ name: 'old_uuid', type: 'varchar', nullable: true })
  oldUuid: string | null;
}
