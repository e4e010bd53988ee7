import { ApiProperty } from '@nestjs/swagger';
import { wire } from '../../../shared/http/wire.js';
import { DIGEST_ALGORITHMS } from '../domain/checksum.js';
import type { ChecksumViewRow } from '../application/checksum.read-model.js';

/** ChecksumView: a checksum with its file's state, identifier, object and institution (member API checksums list and show). */
export class ChecksumViewResponse {
  @ApiProperty({ format: 'int64' }) id: number;
  @ApiProperty({ enum: [...DIGEST_ALGORITHMS], description: 'The algorithm used to calculate the digest.' }) algorithm: string;
  @ApiProperty({ format: 'date-time', description: 'The date and time at which this digest was calculated.' }) datetime: string;
  @ApiProperty({ description: 'The checksum.' }) digest: string;
  @ApiProperty({ enum: ['A', 'D'], description: 'State of the file: Active (A) or Deleted (D).' }) state: string;
  @ApiProperty({ description: 'Identifier of the file: <institution identifier>/<bag name>/<path in bag>.' }) generic_file_identifier: string;
  @ApiProperty({ format: 'int64' }) generic_file_id: number;
  @ApiProperty({ format: 'int64', description: "The file's parent object." }) intellectual_object_id: number;
  @ApiProperty({ format: 'int64', description: 'The institution that owns the file.' }) institution_id: number;
  @ApiProperty({ format: 'date-time', description: 'When the checksum was recorded; later than datetime.' }) created_at: string;
  @ApiProperty({ format: 'date-time' }) updated_at: string;
}

export function toChecksumViewResponse(row: ChecksumViewRow): ChecksumViewResponse {
  return {
    id: row.id,
    algorithm: wire.str(row.algorithm),
    datetime: wire.time(row.datetime),
    digest: wire.str(row.digest),
    state: wire.str(row.state),
    generic_file_identifier: wire.str(row.generic_file_identifier),
    generic_file_id: wire.int(row.generic_file_id),
    intellectual_object_id: wire.int(row.intellectual_object_id),
    institution_id: wire.int(row.institution_id),
    created_at: wire.time(row.created_at),
    updated_at: wire.time(row.updated_at),
  };
}
