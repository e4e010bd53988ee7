import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampColumn } from '../../../../shared/persistence/columns.js';
import type { Timestamp } from '../../../../shared/time/timestamp.js';

@Entity({ name: 'checksums' })
export class ChecksumOrmEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ type: 'varchar', nullable: true })
  algorithm: string | null;

  @TimestampColumn({ nullable: true })
  datetime: Timestamp | null;

  @Column({ type: 'varchar', nullable: true })
  digest: string | null;

  @Column({ name: 'generic_file_id', type: 'int', nullable: true })
  genericFileId: number | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Timestamp;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt: Timestamp;
}
