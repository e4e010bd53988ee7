import { Entity, PrimaryColumn } from 'typeorm';

/**
 * The table has no primary key, only a unique index on both columns; the composite primary column
 * gives TypeORM a row identity. `deletion_request_id` is int4 although `deletion_requests.id` is int8.
 */
@Entity({ name: 'deletion_requests_intellectual_objects' })
export class DeletionRequestIntellectualObjectOrmEntity {
  @PrimaryColumn({ name: 'deletion_request_id', type: 'int' })
  deletionRequestId: number;

  @PrimaryColumn({ name: 'intellectual_object_id', type: 'int' })
  intellectualObjectId: number;
}
