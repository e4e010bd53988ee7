import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { BigIntColumn, TimestampColumn } from '../../../../shared/persistence/columns.js';
import type { Timestamp } from '../../../../shared/time/timestamp.js';

@Entity({ name: 'generic_files' })
export class GenericFileOrmEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ name: 'file_format', type: 'varchar', nullable: true })
  fileFormat: string | null;

  @BigIntColumn({ nullable: true })
  size: number | null;

  @Column({ type: 'varchar', nullable: true })
  identifier: string | null;

  @Column({ name: 'intellectual_object_id', type: 'int', nullable: true })
  intellectualObjectId: number | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Timestamp;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt: Timestamp;

  @Column({ type: 'varchar', nullable: true })
  state: string | null;

  @TimestampColumn({ name: 'last_fixity_check', default: () => "'2000-01-01 00:00:00'" })
  lastFixityCheck: Timestamp;

  @Column({ name: 'institution_id', type: 'int' })
  institutionId: number;

  @Column({ name: 'storage_option', type: 'varchar', default: () => "'Standard'" })
  storageOption: string;

  @Column({ type: 'varchar' })
  uuid: string;

  /** POSIX mtime from the bag; serialized as `mtime`. */
  @TimestampColumn({ name: 'mod_time', nullable: true })
  modTime: Timestamp | null;
}
