import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString } from 'class-validator';
import { fromWire, IsWireTime } from '../../../../shared/http/wire-input.js';
import type { IntellectualObjectWrite } from '../../application/intellectual-object.record.js';

/**
 * The IntellectualObject body of the admin create and update routes. Read-only view fields that
 * clients send back (file_count, institution_identifier, …) are accepted and ignored.
 */
export class IntellectualObjectRequest {
  @ApiPropertyOptional({ format: 'int64', description: '0 on create; the URL id on update.' }) @IsOptional() @IsInt() id?: number | null;
  @ApiPropertyOptional() @IsOptional() @IsString() title?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsString() description?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsString() identifier?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsString() alt_identifier?: string | null;
  @ApiPropertyOptional({ enum: ['consortia', 'institution', 'restricted'] }) @IsOptional() @IsString() access?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsString() bag_name?: string | null;
  @ApiPropertyOptional({ format: 'int64' }) @IsOptional() @IsInt() institution_id?: number | null;
  @ApiPropertyOptional({ enum: ['A', 'D'] }) @IsOptional() @IsString() state?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsString() etag?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsString() bag_group_identifier?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsString() storage_option?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsString() bagit_profile_identifier?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsString() source_organization?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsString() internal_sender_identifier?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsString() internal_sender_description?: string | null;
  @ApiPropertyOptional({ format: 'date-time', description: 'Kept on create when set; ignored on update.' }) @IsWireTime() created_at?: string | null;
  @ApiPropertyOptional({ format: 'date-time', description: 'Ignored: the registry sets it.' }) @IsWireTime() updated_at?: string | null;
}

export function toIntellectualObjectWrite(body: IntellectualObjectRequest): IntellectualObjectWrite {
  return {
    title: fromWire.str(body.title),
    description: fromWire.str(body.description),
    identifier: fromWire.str(body.identifier),
    altIdentifier: fromWire.str(body.alt_identifier),
    access: fromWire.str(body.access),
    bagName: fromWire.str(body.bag_name),
    institutionId: fromWire.id(body.institution_id),
    state: fromWire.str(body.state),
    etag: fromWire.str(body.etag),
    bagGroupIdentifier: fromWire.str(body.bag_group_identifier),
    storageOption: fromWire.str(body.storage_option),
    bagitProfileIdentifier: fromWire.str(body.bagit_profile_identifier),
    sourceOrganization: fromWire.str(body.source_organization),
    internalSenderIdentifier: fromWire.str(body.internal_sender_identifier),
    internalSenderDescription: fromWire.str(body.internal_sender_description),
    createdAt: fromWire.time(body.created_at),
  };
}
