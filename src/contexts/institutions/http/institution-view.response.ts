import { ApiProperty } from '@nestjs/swagger';
import { wire } from '../../../shared/http/wire.js';
import type { InstitutionViewRow } from '../application/institution.read-model.js';

/** InstitutionView: an institution with its parent's name and state. */
export class InstitutionViewResponse {
  @ApiProperty({ format: 'int64' }) id: number;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'Domain name, e.g. institution1.edu' }) identifier: string;
  @ApiProperty({ enum: ['A', 'D'] }) state: string;
  @ApiProperty({ enum: ['MemberInstitution', 'SubscriptionInstitution', ''] }) type: string;
  @ApiProperty({ format: 'date-time' }) deactivated_at: string;
  @ApiProperty({ description: 'The institution requires two-factor sign-in.' }) otp_enabled: boolean;
  @ApiProperty({ description: 'Days between restoration spot tests; 0 = never.' }) spot_restore_frequency: number;
  @ApiProperty({ format: 'int64' }) last_spot_restore_work_item_id: number;
  @ApiProperty() receiving_bucket: string;
  @ApiProperty() restore_bucket: string;
  @ApiProperty({ format: 'date-time' }) created_at: string;
  @ApiProperty({ format: 'date-time' }) updated_at: string;
  @ApiProperty({ format: 'int64', description: 'Parent of a sub-account; 0 for none.' }) parent_id: number;
  @ApiProperty() parent_name: string;
  @ApiProperty() parent_identifier: string;
  @ApiProperty() parent_state: string;
  @ApiProperty({ format: 'date-time' }) parent_deactivated_at: string;
}

export function toInstitutionViewResponse(row: InstitutionViewRow): InstitutionViewResponse {
  return {
    id: row.id,
    name: wire.str(row.name),
    identifier: wire.str(row.identifier),
    state: wire.str(row.state),
    type: wire.str(row.type),
    deactivated_at: wire.time(row.deactivated_at),
    otp_enabled: wire.bool(row.otp_enabled),
    spot_restore_frequency: wire.int(row.spot_restore_frequency),
    last_spot_restore_work_item_id: wire.int(row.last_spot_restore_work_item_id),
    receiving_bucket: wire.str(row.receiving_bucket),
    restore_bucket: wire.str(row.restore_bucket),
    created_at: wire.time(row.created_at),
    updated_at: wire.time(row.updated_at),
    parent_id: wire.int(row.parent_id),
    parent_name: wire.str(row.parent_name),
    parent_identifier: wire.str(row.parent_identifier),
    parent_state: wire.str(row.parent_state),
    parent_deactivated_at: wire.time(row.parent_deactivated_at),
  };
}
