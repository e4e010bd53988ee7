import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'storage_records' })
export class StorageRecordOrmEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: number;

  @Column({ name: 'generic_file_id', type: 'int', nullable: true })
  genericFileId: number | null;

  @Column({ type: 'varchar', nullable: true })
  url: string | null;
}
