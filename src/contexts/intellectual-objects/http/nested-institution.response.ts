import { ApiProperty } from '@nestjs/swagger';
import { wire } from '../../../shared/http/wire.js';
import type { InstitutionRow } from '../infrastructure/persistence/object-deletion-facts.query.js';

/** Institution (api.md §6.13), as nested in an IntellectualObject. */
export class NestedInstitutionResponse {
  @ApiProperty({ format: 'int64' }) id: number;
  @ApiProperty({ format: 'date-time' }) created_at: string;
  @ApiProperty({ format: 'date-time' }) updated_at: string;
  @ApiProperty() name: string;
  @ApiProperty() identifier: string;
  @ApiProperty() state: string;
  @ApiProperty() type: string;
  @ApiProperty({ format: 'int64', description: 'The parent institution of a sub-account; 0 for none.' }) member_institution_id: number;
  @ApiProperty({ format: 'date-time' }) deactivated_at: string;
  @ApiProperty() otp_enabled: boolean;
  @ApiProperty({ format: 'int64' }) spot_restore_frequency: number;
  @ApiProperty({ format: 'int64' }) last_spot_restore_work_item_id: number;
  @ApiProperty() receiving_bucket: string;
  @ApiProperty() restore_bucket: string;
}

export function toNestedInstitutionResponse(row: InstitutionRow): NestedInstitutionResponse {
  return {
    id: row.id,
    created_at: wire.time(row.created_at),
    updated_at: wire.time(row.updated_at),
    name: wire.str(row.name),
    identifier: wire.str(row.identifier),
    state: wire.str(row.state),
    type: wire.str(row.type),
    member_institution_id: wire.int(row.member_institution_id),
    deactivated_at: wire.time(row.deactivated_at),
    otp_enabled: wire.bool(row.otp_enabled),
    spot_restore_frequency: wire.int(row.spot_restore_frequency),
    last_spot_restore_work_item_id: wire.int(row.last_spot_restore_work_item_id),
    receiving_bucket: wire.str(row.receiving_bucket),
    restore_bucket: wire.str(row.restore_bucket),
  };
}
