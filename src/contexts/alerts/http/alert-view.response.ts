import { ApiProperty } from '@nestjs/swagger';
import { wire } from '../../../shared/http/wire.js';
import type { AlertViewRow } from '../application/alert.read-model.js';
import { ALERT_TYPES } from '../domain/alert.js';

/** AlertView: one alert as delivered to one recipient (member API alerts list and show). */
export class AlertViewResponse {
  @ApiProperty({ format: 'int64' }) id: number;
  @ApiProperty({ format: 'int64', description: 'The institution the alert concerns.' }) institution_id: number;
  @ApiProperty() institution_name: string;
  @ApiProperty() institution_identifier: string;
  @ApiProperty({ enum: ALERT_TYPES, description: 'The type of alert.' }) type: string;
  @ApiProperty() subject: string;
  @ApiProperty({ description: 'The main body of the alert message.' }) content: string;
  @ApiProperty({ format: 'int64', description: 'The deletion request the alert pertains to; 0 for none.' }) deletion_request_id: number;
  @ApiProperty({ format: 'date-time', description: 'Date and time the alert was generated.' }) created_at: string;
  @ApiProperty({ format: 'int64', description: 'The user to whom the alert was sent.' }) user_id: number;
  @ApiProperty({ description: 'The name of the user to whom the alert was sent.' }) user_name: string;
  @ApiProperty({ description: 'The email address of the user to whom the alert was sent.' }) user_email: string;
  @ApiProperty({ format: 'date-time', description: 'When the alert was sent to the user; 0001-01-01T00:00:00Z if it was not sent.' }) sent_at: string;
  @ApiProperty({ format: 'date-time', description: 'When the recipient read the alert; 0001-01-01T00:00:00Z while unread.' }) read_at: string;
}

export function toAlertViewResponse(row: AlertViewRow): AlertViewResponse {
  return {
    id: row.id,
    institution_id: wire.int(row.institution_id),
    institution_name: wire.str(row.institution_name),
    institution_identifier: wire.str(row.institution_identifier),
    type: wire.str(row.type),
    subject: wire.str(row.subject),
    content: wire.str(row.content),
    deletion_request_id: wire.int(row.deletion_request_id),
    created_at: wire.time(row.created_at),
    user_id: wire.int(row.user_id),
    user_name: wire.str(row.user_name),
    user_email: wire.str(row.user_email),
    sent_at: wire.time(row.sent_at),
    read_at: wire.time(row.read_at),
  };
}
