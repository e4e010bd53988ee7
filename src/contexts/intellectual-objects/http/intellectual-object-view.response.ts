import { ApiProperty } from '@nestjs/swagger';
import { wire } from '../../../shared/http/wire.js';
import type { IntellectualObjectViewRow } from '../application/intellectual-object.read-model.js';

const STORAGE_OPTIONS = ['Glacier-Deep-OH', 'Glacier-Deep-OR', 'Glacier-Deep-VA', 'Glacier-OH', 'Glacier-OR', 'Glacier-VA', 'Standard', 'Wasabi-OR', 'Wasabi-TX', 'Wasabi-VA'];

/** IntellectualObjectView: an object with its institution and active-file totals (member API objects list and show). */
export class IntellectualObjectViewResponse {
  @ApiProperty({ format: 'int64' }) id: number;
  @ApiProperty({ description: 'Briefly describes the contents of the object.' }) title: string;
  @ApiProperty({ description: "A more detailed description of the object's contents." }) description: string;
  @ApiProperty({ description: 'Unique identifier: <institution identifier>/<bag name>.' }) identifier: string;
  @ApiProperty({ description: 'An alternate identifier supplied by the depositor.' }) alt_identifier: string;
  @ApiProperty({ enum: ['consortia', 'institution', 'restricted'] }) access: string;
  @ApiProperty({ description: 'Name of the bag as uploaded, without .tar.' }) bag_name: string;
  @ApiProperty({ format: 'int64', description: 'The institution that owns the object.' }) institution_id: number;
  @ApiProperty({ format: 'date-time' }) created_at: string;
  @ApiProperty({ format: 'date-time' }) updated_at: string;
  @ApiProperty({ enum: ['A', 'D'], description: 'Active (A) or Deleted (D).' }) state: string;
  @ApiProperty({ description: 'S3 etag of the last ingested version.' }) etag: string;
  @ApiProperty({ description: 'Logical group (e.g. a collection) the object belongs to.' }) bag_group_identifier: string;
  @ApiProperty({ enum: STORAGE_OPTIONS }) storage_option: string;
  @ApiProperty({ description: 'BagIt profile the bag was made with.' }) bagit_profile_identifier: string;
  @ApiProperty() source_organization: string;
  @ApiProperty() internal_sender_identifier: string;
  @ApiProperty() internal_sender_description: string;
  @ApiProperty() institution_name: string;
  @ApiProperty() institution_identifier: string;
  @ApiProperty({ enum: ['MemberInstitution', 'SubscriptionInstitution', ''] }) institution_type: string;
  @ApiProperty({ format: 'int64', description: 'Parent institution of a sub-account; 0 for none.' }) institution_parent_id: number;
  @ApiProperty({ format: 'int64', description: 'Number of active files.' }) file_count: number;
  @ApiProperty({ format: 'int64', description: 'Total bytes of the active files.' }) size: number;
  @ApiProperty({ format: 'int64', description: 'Number of active payload files (under data/).' }) payload_file_count: number;
  @ApiProperty({ format: 'int64', description: 'Total bytes of the active payload files.' }) payload_size: number;
}

export function toIntellectualObjectViewResponse(row: IntellectualObjectViewRow): IntellectualObjectViewResponse {
  return {
    id: row.id,
    title: wire.str(row.title),
    description: wire.str(row.description),
    identifier: wire.str(row.identifier),
    alt_identifier: wire.str(row.alt_identifier),
    access: wire.str(row.access),
    bag_name: wire.str(row.bag_name),
    institution_id: wire.int(row.institution_id),
    created_at: wire.time(row.created_at),
    updated_at: wire.time(row.updated_at),
    state: wire.str(row.state),
    etag: wire.str(row.etag),
    bag_group_identifier: wire.str(row.bag_group_identifier),
    storage_option: wire.str(row.storage_option),
    bagit_profile_identifier: wire.str(row.bagit_profile_identifier),
    source_organization: wire.str(row.source_organization),
    internal_sender_identifier: wire.str(row.internal_sender_identifier),
    internal_sender_description: wire.str(row.internal_sender_description),
    institution_name: wire.str(row.institution_name),
    institution_identifier: wire.str(row.institution_identifier),
    institution_type: wire.str(row.institution_type),
    institution_parent_id: wire.int(row.institution_parent_id),
    file_count: wire.int(row.file_count),
    size: wire.int(row.size),
    payload_file_count: wire.int(row.payload_file_count),
    payload_size: wire.int(row.payload_size),
  };
}
