import { ApiProperty } from '@nestjs/swagger';
import { STORAGE_OPTIONS } from '../../../shared/domain/storage-option.js';
import { wire } from '../../../shared/http/wire.js';
import { PremisEventResponse, toPremisEventResponse } from '../../premis-events/index.js';
import type { GenericFileRelations, GenericFileRow } from '../application/generic-file.read-model.js';
import { ChecksumResponse, toChecksumResponse } from './checksum.response.js';
import { StorageRecordResponse, toStorageRecordResponse } from './storage-record.response.js';

/** GenericFile: the full file record with its relations (file shows, the admin file list and file saves). Unloaded relations are null. */
export class GenericFileResponse {
  @ApiProperty({ format: 'int64' }) id: number;
  @ApiProperty({ format: 'date-time', description: 'When the file record was created: the date of initial ingest.' }) created_at: string;
  @ApiProperty({ format: 'date-time', description: 'When the file was last updated (re-ingest, fixity check).' }) updated_at: string;
  @ApiProperty({ description: 'The mime type of the file.' }) file_format: string;
  @ApiProperty({ format: 'int64', description: 'Size in bytes.' }) size: number;
  @ApiProperty({ description: 'Unique identifier: <institution identifier>/<bag name>/<path in bag>.' }) identifier: string;
  @ApiProperty({ format: 'int64', description: 'The object the file belongs to.' }) intellectual_object_id: number;
  @ApiProperty({ enum: ['A', 'D'], description: 'Active (A) or Deleted (D).' }) state: string;
  @ApiProperty({ format: 'date-time', description: "When the file's fixity was last checked." }) last_fixity_check: string;
  @ApiProperty({ format: 'int64', description: 'The institution that owns the file.' }) institution_id: number;
  @ApiProperty({ enum: [...STORAGE_OPTIONS] }) storage_option: string;
  @ApiProperty({ format: 'uuid', description: 'The key of the file in preservation storage.' }) uuid: string;
  @ApiProperty({ type: () => [PremisEventResponse], nullable: true, description: 'Events of this file, newest first.' })
  premis_events: PremisEventResponse[] | null;
  @ApiProperty({ type: () => [ChecksumResponse], nullable: true, description: 'Checksums of this file, most recently recorded first.' })
  checksums: ChecksumResponse[] | null;
  @ApiProperty({ type: () => [StorageRecordResponse], nullable: true, description: 'Each record points to a copy of the file in a preservation bucket.' })
  storage_records: StorageRecordResponse[] | null;
  @ApiProperty({ format: 'date-time', description: 'POSIX modification time of the file in the bag.' }) mtime: string;
}

/** Relations that were not loaded come out as null; loaded ones as arrays (`[]` when empty). */
export function toGenericFileResponse(row: GenericFileRow & Partial<GenericFileRelations>): GenericFileResponse {
  return {
    id: row.id,
    created_at: wire.time(row.created_at),
    updated_at: wire.time(row.updated_at),
    file_format: wire.str(row.file_format),
    size: wire.int(row.size),
    identifier: wire.str(row.identifier),
    intellectual_object_id: wire.int(row.intellectual_object_id),
    state: wire.str(row.state),
    last_fixity_check: wire.time(row.last_fixity_check),
    institution_id: wire.int(row.institution_id),
    storage_option: wire.str(row.storage_option),
    uuid: wire.str(row.uuid),
    premis_events: row.premis_events?.map((event) => toPremisEventResponse(event)) ?? null,
    checksums: row.checksums?.map((checksum) => toChecksumResponse(checksum)) ?? null,
    storage_records: row.storage_records?.map(toStorageRecordResponse) ?? null,
    mtime: wire.time(row.mod_time),
  };
}
