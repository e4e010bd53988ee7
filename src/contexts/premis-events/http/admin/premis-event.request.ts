import { ApiPropertyOptional } from '@nestjs/swagger';
import { fromWire } from '../../../../shared/http/wire-input.js';
import { wireField, type WireBody, type WireSchema } from '../../../../shared/http/wire-schema.js';
import type { NewPremisEvent } from '../../application/premis-event.record.js';

/**
 * The PremisEvent body of the admin create route, and of the events nested in file saves. View
 * fields clients send back (generic_file_identifier, intellectual_object_identifier) are ignored.
 */
export const premisEventBodySchema = {
  id: wireField.id,
  identifier: wireField.string,
  event_type: wireField.string,
  date_time: wireField.time,
  detail: wireField.string,
  outcome: wireField.string,
  outcome_detail: wireField.string,
  outcome_information: wireField.string,
  object: wireField.string,
  agent: wireField.string,
  intellectual_object_id: wireField.id,
  generic_file_id: wireField.id,
  institution_id: wireField.id,
  old_uuid: wireField.string,
  created_at: wireField.time,
  updated_at: wireField.time,
} as const satisfies WireSchema;

export type PremisEventBody = WireBody<typeof premisEventBodySchema>;

/** The OpenAPI description of premisEventBodySchema (the schema is what validates). */
export class PremisEventRequest {
  @ApiPropertyOptional({ format: 'int64', description: 'Must be 0 or absent: events are insert-only. Nested events with an id are skipped.' }) id?: number;
  @ApiPropertyOptional({ format: 'uuid' }) identifier?: string;
  @ApiPropertyOptional() event_type?: string;
  @ApiPropertyOptional({ format: 'date-time' }) date_time?: string;
  @ApiPropertyOptional() detail?: string;
  @ApiPropertyOptional({ description: 'Success or Failure; the standalone create also accepts Failed.' }) outcome?: string;
  @ApiPropertyOptional() outcome_detail?: string;
  @ApiPropertyOptional() outcome_information?: string;
  @ApiPropertyOptional() object?: string;
  @ApiPropertyOptional() agent?: string;
  @ApiPropertyOptional({ format: 'int64' }) intellectual_object_id?: number;
  @ApiPropertyOptional({ format: 'int64', description: '0 or absent for an object-level event. Forced to the file in nested events.' }) generic_file_id?: number;
  @ApiPropertyOptional({ format: 'int64' }) institution_id?: number;
  @ApiPropertyOptional() old_uuid?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'Kept when set.' }) created_at?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'Ignored: the registry sets it.' }) updated_at?: string;
}

export function toNewPremisEvent(body: PremisEventBody): NewPremisEvent {
  return {
    identifier: fromWire.str(body.identifier),
    eventType: fromWire.str(body.event_type),
    dateTime: fromWire.time(body.date_time),
    outcomeDetail: fromWire.str(body.outcome_detail),
    detail: fromWire.str(body.detail),
    outcomeInformation: fromWire.str(body.outcome_information),
    object: fromWire.str(body.object),
    agent: fromWire.str(body.agent),
    intellectualObjectId: fromWire.id(body.intellectual_object_id),
    genericFileId: fromWire.id(body.generic_file_id),
    outcome: fromWire.str(body.outcome),
    institutionId: fromWire.id(body.institution_id),
    oldUuid: fromWire.str(body.old_uuid),
    createdAt: fromWire.time(body.created_at),
  };
}
