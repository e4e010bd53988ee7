import { ApiProperty } from '@nestjs/swagger';
import { wire } from '../../../shared/http/wire.js';
import type { PremisEventViewRow } from '../application/premis-event.read-model.js';
import { EVENT_TYPES, STANDALONE_EVENT_OUTCOMES } from '../domain/index.js';

/** PremisEventView: an event with its institution, object and file identifiers (member API events list and show). Keys are alphabetical after id. */
export class PremisEventViewResponse {
  @ApiProperty({ format: 'int64' }) id: number;
  @ApiProperty({ description: 'The software or service that performed the action this event records.' }) agent: string;
  @ApiProperty({ format: 'date-time' }) created_at: string;
  @ApiProperty({ format: 'date-time', description: 'When the action was performed.' }) date_time: string;
  @ApiProperty({ description: 'A description of the event.' }) detail: string;
  @ApiProperty({ enum: EVENT_TYPES }) event_type: string;
  @ApiProperty({ format: 'int64', description: 'The file the event concerns; 0 for object-level events.' }) generic_file_id: number;
  @ApiProperty({ description: 'The file identifier (<institution>/<bag name>/<path in bag>); "" for object-level events.' }) generic_file_identifier: string;
  @ApiProperty({ format: 'uuid', description: 'The event UUID.' }) identifier: string;
  @ApiProperty({ format: 'int64' }) institution_id: number;
  @ApiProperty() institution_name: string;
  @ApiProperty({ format: 'int64' }) intellectual_object_id: number;
  @ApiProperty({ description: 'The object identifier (<institution>/<bag name>).' }) intellectual_object_identifier: string;
  @ApiProperty({ description: 'More about the agent that performed the action.' }) object: string;
  @ApiProperty({ description: 'Legacy UUID of events created before 2017; usually "".' }) old_uuid: string;
  @ApiProperty({ enum: STANDALONE_EVENT_OUTCOMES, description: 'Preserv records fixity mismatches as "Failed".' }) outcome: string;
  @ApiProperty({ description: 'Details of the outcome, such as the identifier assigned or the digest calculated.' }) outcome_detail: string;
  @ApiProperty({ description: 'A summary of the outcome.' }) outcome_information: string;
  @ApiProperty({ format: 'date-time' }) updated_at: string;
}

export function toPremisEventViewResponse(row: PremisEventViewRow): PremisEventViewResponse {
  return {
    id: row.id,
    agent: wire.str(row.agent),
    created_at: wire.time(row.created_at),
    date_time: wire.time(row.date_time),
    detail: wire.str(row.detail),
    event_type: wire.str(row.event_type),
    generic_file_id: wire.int(row.generic_file_id),
    generic_file_identifier: wire.str(row.generic_file_identifier),
    identifier: wire.str(row.identifier),
    institution_id: wire.int(row.institution_id),
    institution_name: wire.str(row.institution_name),
    intellectual_object_id: wire.int(row.intellectual_object_id),
    intellectual_object_identifier: wire.str(row.intellectual_object_identifier),
    object: wire.str(row.object),
    old_uuid: wire.str(row.old_uuid),
    outcome: wire.str(row.outcome),
    outcome_detail: wire.str(row.outcome_detail),
    outcome_information: wire.str(row.outcome_information),
    updated_at: wire.time(row.updated_at),
  };
}
