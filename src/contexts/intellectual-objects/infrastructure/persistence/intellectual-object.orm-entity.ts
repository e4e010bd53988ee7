import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampColumn } from '../../../../shared/persistence/columns.js';
import type { Timestamp } from '../../../../shared/time/timestamp.js';

@Entity({ name: 'intellectual_objects' })
export class IntellectualObjectOrmEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ type: 'varchar', nullable: true })
  title: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'varchar', nullable: true })
  identifier: string | null;

  @Column({ name: 'alt_identifier', type: 'varchar', nullable: true })
  altIdentifier: string | null;

  @Column({ type: 'varchar', nullable: true })
  access: string | null;

  @Column({ name: 'bag_name', type: 'varchar', nullable: true })
  bagName: string | null;

  @Column({ name: 'institution_id', type: 'int', nullable: true })
  institutionId: number | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Timestamp;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt: Timestamp;

  @Column({ type: 'varchar', nullable: true })
  state: string | null;

  @Column({ type: 'varchar', nullable: true })
  etag: string | null;

  @Column({ name: 'bag_group_identifier', type: 'varchar', nullable: true })
  bagGroupIdentifier: string | null;

  @Column({ name: 'storage_option', type: 'varchar', default: () => "'Standard'" })
  storageOption: string;

  @Column({ name: 'bagit_profile_identifier', type: 'varchar', nullable: true })
  bagitProfileIdentifier: string | null;

  @Column({ name: 'source_organization', type: 'varchar', nullable: true })
  sourceOrganization: string | null;

  @Column({ name: 'internal_sender_identifier', type: 'varchar', nullable: true })
  internalSenderIdentifier: string | null;

  @Column({ name: 'internal_sender_description', type: 'text', nullable: true })
  internalSenderDescription: string | null;
}
