import { ApiProperty } from '@nestjs/swagger';
import { STORAGE_OPTIONS } from '../../../shared/domain/storage-option.js';
import { wire } from '../../../shared/http/wire.js';
import type { GenericFileViewRow } from '../application/generic-file.read-model.js';

/**
 * GenericFileView: a file with its object, institution and latest digests (member API files list).
 * The reference's `storage_records` is left out: it is omitted when empty and the API never fills it.
 */
export class GenericFileViewResponse {
  @ApiProperty({ format: 'int64' }) id: number;
  @ApiProperty({ description: 'The mime type of the file.' }) file_format: string;
  @ApiProperty({ format: 'int64', description: 'Size in bytes.' }) size: number;
  @ApiProperty({ description: 'Unique identifier: <institution identifier>/<bag name>/<path in bag>.' }) identifier: string;
  @ApiProperty({ format: 'int64', description: 'The object the file belongs to.' }) intellectual_object_id: number;
  @ApiProperty({ description: "The parent object's identifier: <institution identifier>/<bag name>." }) object_identifier: string;
  @ApiProperty({ enum: ['consortia', 'institution', 'restricted'], description: "The parent object's access setting (vestigial)." }) access: string;
  @ApiProperty({ enum: ['A', 'D'], description: 'Active (A) or Deleted (D).' }) state: string;
  @ApiProperty({ format: 'date-time', description: "When the file's fixity was last checked." }) last_fixity_check: string;
  @ApiProperty({ format: 'int64', description: 'The institution that owns the file.' }) institution_id: number;
  @ApiProperty() institution_name: string;
  @ApiProperty({ description: "The institution's identifier, usually a domain name." }) institution_identifier: string;
  @ApiProperty({ enum: [...STORAGE_OPTIONS] }) storage_option: string;
  @ApiProperty({ format: 'uuid', description: 'The key of the file in preservation storage.' }) uuid: string;
  @ApiProperty({ format: 'date-time', description: 'POSIX modification time of the file in the bag.' }) mtime: string;
  @ApiProperty({ description: 'The most recently recorded md5 digest, or "".' }) md5: string;
  @ApiProperty({ description: 'The most recently recorded sha1 digest, or "".' }) sha1: string;
  @ApiProperty({ description: 'The most recently recorded sha256 digest, or "".' }) sha256: string;
  @ApiProperty({ description: 'The most recently recorded sha512 digest, or "".' }) sha512: string;
  @ApiProperty({ format: 'date-time', description: 'When the file record was created: the date of initial ingest.' }) created_at: string;
  @ApiProperty({ format: 'date-time', description: 'When the file was last updated (re-ingest, fixity check).' }) updated_at: string;
}

export function toGenericFileViewResponse(row: GenericFileViewRow): GenericFileViewResponse {
  return {
    id: row.id,
    file_format: wire.str(row.file_format),
    size: wire.int(row.size),
    identifier: wire.str(row.identifier),
    intellectual_object_id: wire.int(row.intellectual_object_id),
    object_identifier: wire.str(row.object_identifier),
    access: wire.str(row.access),
    state: wire.str(row.state),
    last_fixity_check: wire.time(row.last_fixity_check),
    institution_id: wire.int(row.institution_id),
    institution_name: wire.str(row.institution_name),
    institution_identifier: wire.str(row.institution_identifier),
    storage_option: wire.str(row.storage_option),
    uuid: wire.str(row.uuid),
    mtime: wire.time(row.mod_time),
    md5: wire.str(row.md5),
    sha1: wire.str(row.sha1),
    sha256: wire.str(row.sha256),
    sha512: wire.str(row.sha512),
    created_at: wire.time(row.created_at),
    updated_at: wire.time(row.updated_at),
  };
}
