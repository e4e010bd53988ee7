import { ApiProperty } from '@nestjs/swagger';
import { wire } from '../../../shared/http/wire.js';
import type { StorageRecordRow } from '../application/storage-record.read-model.js';

/** StorageRecord: one preservation copy of a file. */
export class StorageRecordResponse {
  @ApiProperty({ format: 'int64' }) id: number;
  @ApiProperty({ format: 'int64', description: 'The ID of the GenericFile stored in preservation.' }) generic_file_id: number;
  @ApiProperty({ description: 'The URL of the GenericFile in preservation storage.' }) url: string;
}

export function toStorageRecordResponse(row: StorageRecordRow): StorageRecordResponse {
  return {
    id: row.id,
    generic_file_id: wire.int(row.generic_file_id),
    url: wire.str(row.url),
  };
}
