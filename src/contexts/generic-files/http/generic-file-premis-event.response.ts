import { ApiProperty } from '@nestjs/swagger';
import { wire } from '../../../shared/http/wire.js';
import type { GenericFilePremisEventRow } from '../application/generic-file.read-model.js';

/** PremisEvent as nested in a GenericFile (api.md §6.6). */
export class GenericFilePremisEventResponse {
  @ApiProperty({ format: 'int64' }) id: number;
  @ApiProperty({ format: 'date-time' }) created_at: string;
  @ApiProperty({ format: 'date-time' }) updated_at: string;
  @ApiProperty({ description: 'URL or name of the agent.' }) agent: string;
  @ApiProperty({ format: 'date-time', description: 'When the event happened.' }) date_time: string;
  @ApiProperty() detail: string;
  @ApiProperty({ description: 'PREMIS event type, e.g. ingestion, fixity check.' }) event_type: string;
  @ApiProperty({ format: 'int64' }) generic_file_id: number;
  @ApiProperty({ format: 'uuid' }) identifier: string;
  @ApiProperty({ format: 'int64' }) institution_id: number;
  @ApiProperty({ format: 'int64' }) intellectual_object_id: number;
  @ApiProperty({ description: 'Software or tool that performed the event.' }) object: string;
  @ApiProperty({ description: 'Identifier carried over from Pharos.' }) old_uuid: string;
  @ApiProperty({ description: 'Success or Failure (Failed for fixity mismatches).' }) outcome: string;
  @ApiProperty() outcome_detail: string;
  @ApiProperty() outcome_information: string;
}

export function toGenericFilePremisEventResponse(row: GenericFilePremisEventRow): GenericFilePremisEventResponse {
  return {
    id: row.id,
    created_at: wire.time(row.created_at),
    updated_at: wire.time(row.updated_at),
    agent: wire.str(row.agent),
    date_time: wire.time(row.date_time),
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
