import { ApiProperty } from '@nestjs/swagger';
import { wire } from '../../../shared/http/wire.js';
import type { DeletionRequestViewRow } from '../application/deletion-request.read-model.js';

/**
 * DeletionRequestView: a deletion request with its people and item counts (member API deletions list
 * and show). There is no `status` field, although the published YAML lists one.
 */
export class DeletionRequestViewResponse {
  @ApiProperty({ format: 'int64' }) id: number;
  @ApiProperty({ format: 'int64', description: 'The institution that owns the files or objects to delete.' }) institution_id: number;
  @ApiProperty() institution_name: string;
  @ApiProperty({ description: 'The institution identifier (domain name).' }) institution_identifier: string;
  @ApiProperty({ format: 'int64', description: 'The user who requested the deletion.' }) requested_by_id: number;
  @ApiProperty() requested_by_name: string;
  @ApiProperty({ format: 'email' }) requested_by_email: string;
  @ApiProperty({ format: 'date-time' }) requested_at: string;
  @ApiProperty({ format: 'int64', description: 'The user who approved the deletion; 0 if not approved.' }) confirmed_by_id: number;
  @ApiProperty() confirmed_by_name: string;
  @ApiProperty({ description: 'Email of the approver; "" if not approved.' }) confirmed_by_email: string;
  @ApiProperty({ format: 'date-time', description: '0001-01-01T00:00:00Z if not approved.' }) confirmed_at: string;
  @ApiProperty({ format: 'int64', description: 'The user who cancelled (rejected) the deletion; 0 if not cancelled.' }) cancelled_by_id: number;
  @ApiProperty() cancelled_by_name: string;
  @ApiProperty({ description: 'Email of the canceller; "" if not cancelled.' }) cancelled_by_email: string;
  @ApiProperty({ format: 'date-time', description: '0001-01-01T00:00:00Z if not cancelled.' }) cancelled_at: string;
  @ApiProperty({ format: 'int64', minimum: 0, description: 'Files to delete; 0 for an object deletion request.' }) file_count: number;
  @ApiProperty({ format: 'int64', minimum: 0, description: 'Objects to delete; 0 for a file deletion request.' }) object_count: number;
}

export function toDeletionRequestViewResponse(row: DeletionRequestViewRow): DeletionRequestViewResponse {
  return {
    id: row.id,
    institution_id: wire.int(row.institution_id),
    institution_name: wire.str(row.institution_name),
    institution_identifier: wire.str(row.institution_identifier),
    requested_by_id: wire.int(row.requested_by_id),
    requested_by_name: wire.str(row.requested_by_name),
    requested_by_email: wire.str(row.requested_by_email),
    requested_at: wire.time(row.requested_at),
    confirmed_by_id: wire.int(row.confirmed_by_id),
    confirmed_by_name: wire.str(row.confirmed_by_name),
    confirmed_by_email: wire.str(row.confirmed_by_email),
    confirmed_at: wire.time(row.confirmed_at),
    cancelled_by_id: wire.int(row.cancelled_by_id),
    cancelled_by_name: wire.str(row.cancelled_by_name),
    cancelled_by_email: wire.str(row.cancelled_by_email),
    cancelled_at: wire.time(row.cancelled_at),
    file_count: wire.int(row.file_count),
    object_count: wire.int(row.object_count),
  };
}
