import { ApiProperty } from '@nestjs/swagger';
import { wire } from '../../../shared/http/wire.js';
import { DIGEST_ALGORITHMS } from '../domain/checksum.js';
import type { ChecksumRow } from '../application/checksum.read-model.js';

/** Checksum: one digest recorded for a file (nested in GenericFile). */
export class ChecksumResponse {
  @ApiProperty({ format: 'int64' }) id: number;
  @ApiProperty({ format: 'date-time' }) created_at: string;
  @ApiProperty({ format: 'date-time' }) updated_at: string;
  @ApiProperty({ enum: [...DIGEST_ALGORITHMS], description: 'The algorithm used to calculate the digest.' }) algorithm: string;
  @ApiProperty({ format: 'date-time', description: 'The date and time at which this digest was calculated.' }) datetime: string;
  @ApiProperty({ description: 'The checksum.' }) digest: string;
  @ApiProperty({ format: 'int64', description: 'The unique id of the GenericFile to which this checksum pertains.' }) generic_file_id: number;
}

/**
 * `echo.datetime`: the `datetime` exactly as the client sent it. The create route answers with it
 * (Preserv compares it for equality, nanoseconds included) while the row keeps microseconds.
 */
export function toChecksumResponse(row: ChecksumRow, echo: { readonly datetime?: string | null } = {}): ChecksumResponse {
  return {
    id: row.id,
    created_at: wire.time(row.created_at),
    updated_at: wire.time(row.updated_at),
    algorithm: wire.str(row.algorithm),
    datetime: echo.datetime || wire.time(row.datetime),
    digest: wire.str(row.digest),
    generic_file_id: wire.int(row.generic_file_id),
  };
}
