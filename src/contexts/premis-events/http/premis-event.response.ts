import { ApiProperty } from '@nestjs/swagger';
import { wire } from '../../../shared/http/wire.js';
import type { PremisEventRow } from '../application/premis-event.record.js';
import { EVENT_TYPES, STANDALONE_EVENT_OUTCOMES } from '../domain/index.js';

/** PremisEvent: the stored event (api.md §6.6), as the admin create returns it and as it is nested in a GenericFile. */
export class PremisEventResponse {
  @ApiProperty({ format: 'int64' }) id: number;
  @ApiProperty({ format: 'date-time' }) created_at: string;
  @ApiProperty({ format: 'date-time' }) updated_at: string;
  @ApiProperty({ description: 'URL or name of the agent.' }) agent: string;
  @ApiProperty({ format: 'date-time', description: 'When the event happened.' }) date_time: string;
  @ApiProperty() detail: string;
  @ApiProperty({ enum: EVENT_TYPES, description: 'PREMIS event type, e.g. ingestion, fixity check.' }) event_type: string;
  @ApiProperty({ format: 'int64', description: 'The file the event concerns; 0 for object-level events.' }) generic_file_id: number;
  @ApiProperty({ format: 'uuid' }) identifier: string;
  @ApiProperty({ format: 'int64' }) institution_id: number;
  @ApiProperty({ format: 'int64' }) intellectual_object_id: number;
  @ApiProperty({ description: 'Software or tool that performed the event.' }) object: string;
  @ApiProperty({ description: 'Identifier carried over from Pharos.' }) old_uuid: string;
  @ApiProperty({ enum: STANDALONE_EVENT_OUTCOMES, description: 'Success or Failure (Failed for fixity mismatches).' }) outcome: string;
  @ApiProperty() outcome_detail: string;
  @ApiProperty() outcome_information: string;
}

/**
 * `echo.dateTime`: the `date_time` exactly as the client sent it. The create route answers with it,
 * as the reference echoes its decoded request (nanoseconds included), while the row keeps microseconds.
 */
export function toPremisEventResponse(row: PremisEventRow, echo: { readonly dateTime?: string | null } = {}): PremisEventResponse {
  return {
    id: row.id,
    created_at: wire.time(row.created_at),
    updated_at: wire.time(row.updated_at),
    agent: wire.str(row.agent),
    date_time: echo.dateTime || wire.time(row.date_time),
    detail: wire.str(row.detail),
    event_type: wire.str(row.event_type),
    generic_file_id: wire.int(row.generic_file_id),
    identifier: wire.str(row.identifier),
    institution_id: wire.int(row.institution_id),
    intellectual_object_id: wire.int(row.intellectual_object_id),
    object: wire.str(row.object),
    old_uuid: wire.str(row.old_uuid),
    outcome: wire.str(row.outcome),
    outcome_detail: wire.str(row.outcome_detail),
    outcome_information: wire.str(row.outcome_information),
  };
}
