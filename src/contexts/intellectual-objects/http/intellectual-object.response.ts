import { ApiProperty } from '@nestjs/swagger';
import { wire } from '../../../shared/http/wire.js';
import type { IntellectualObjectRow } from '../application/intellectual-object.record.js';
import { NestedInstitutionResponse } from './nested-institution.response.js';

/** IntellectualObject: the stored record, as admin create, update and delete return it. */
export class IntellectualObjectResponse {
  @ApiProperty({ format: 'int64' }) id: number;
  @ApiProperty({ format: 'date-time' }) created_at: string;
  @ApiProperty({ format: 'date-time' }) updated_at: string;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty() identifier: string;
  @ApiProperty() alt_identifier: string;
  @ApiProperty() access: string;
  @ApiProperty() bag_name: string;
  @ApiProperty({ format: 'int64' }) institution_id: number;
  @ApiProperty() state: string;
  @ApiProperty() etag: string;
  @ApiProperty() bag_group_identifier: string;
  @ApiProperty() storage_option: string;
  @ApiProperty() bagit_profile_identifier: string;
  @ApiProperty() source_organization: string;
  @ApiProperty() internal_sender_identifier: string;
  @ApiProperty() internal_sender_description: string;
  @ApiProperty({ nullable: true, type: () => NestedInstitutionResponse, description: 'The owning institution where loaded (delete), otherwise null.' }) institution: NestedInstitutionResponse | null;
  @ApiProperty({ nullable: true, type: [Object], description: 'Not loaded by these routes: null.' }) generic_files: object[] | null;
  @ApiProperty({ nullable: true, type: [Object], description: 'Not loaded by these routes: null.' }) premis_events: object[] | null;
}

export function toIntellectualObjectResponse(row: IntellectualObjectRow, institution: NestedInstitutionResponse | null = null): IntellectualObjectResponse {
  return {
    id: row.id,
    created_at: wire.time(row.created_at),
    updated_at: wire.time(row.updated_at),
    title: wire.str(row.title),
    description: wire.str(row.description),
    identifier: wire.str(row.identifier),
    alt_identifier: wire.str(row.alt_identifier),
    access: wire.str(row.access),
    bag_name: wire.str(row.bag_name),
    institution_id: wire.int(row.institution_id),
    state: wire.str(row.state),
    etag: wire.str(row.etag),
    bag_group_identifier: wire.str(row.bag_group_identifier),
    storage_option: wire.str(row.storage_option),
    bagit_profile_identifier: wire.str(row.bagit_profile_identifier),
    source_organization: wire.str(row.source_organization),
    internal_sender_identifier: wire.str(row.internal_sender_identifier),
    internal_sender_description: wire.str(row.internal_sender_description),
    institution,
    generic_files: null,
    premis_events: null,
  };
}
