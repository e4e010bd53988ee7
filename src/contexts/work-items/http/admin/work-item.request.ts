import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Min } from 'class-validator';
import { fromWire, IsWireTime } from '../../../../shared/http/wire-input.js';
import type { WorkItemWrite } from '../../application/work-item.record.js';
import { STAGES, STATUSES, WORK_ITEM_ACTIONS } from '../../domain/index.js';

/**
 * The WorkItem body of the admin create and update routes. Read-only view fields that clients send
 * back (object_identifier, generic_file_identifier, storage_option, …) are accepted and ignored.
 */
export class WorkItemRequest {
  @ApiPropertyOptional({ format: 'int64', description: '0 or absent on create; the URL id on update.' }) @IsOptional() @IsInt() @Min(0) id?: number | null;
  @ApiPropertyOptional({ description: 'The tar file name, e.g. photos.tar (1-1000 bytes).' }) @IsOptional() @IsString() name?: string | null;
  @ApiPropertyOptional({ description: 'S3 etag of the tar file (32-40 bytes).' }) @IsOptional() @IsString() etag?: string | null;
  @ApiPropertyOptional({ format: 'int64', description: 'The URL institution on create; the stored one on update.' }) @IsOptional() @IsInt() @Min(0) institution_id?: number | null;
  @ApiPropertyOptional({ format: 'int64', description: '0 when none.' }) @IsOptional() @IsInt() @Min(0) intellectual_object_id?: number | null;
  @ApiPropertyOptional({ format: 'int64', description: '0 when none.' }) @IsOptional() @IsInt() @Min(0) generic_file_id?: number | null;
  @ApiPropertyOptional() @IsOptional() @IsString() bucket?: string | null;
  @ApiPropertyOptional({ format: 'email' }) @IsOptional() @IsString() user?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsString() note?: string | null;
  @ApiPropertyOptional({ enum: WORK_ITEM_ACTIONS }) @IsOptional() @IsString() action?: string | null;
  @ApiPropertyOptional({ enum: STAGES }) @IsOptional() @IsString() stage?: string | null;
  @ApiPropertyOptional({ enum: STATUSES }) @IsOptional() @IsString() status?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsString() outcome?: string | null;
  @ApiPropertyOptional({ format: 'date-time', description: 'Required.' }) @IsWireTime() bag_date?: string | null;
  @ApiPropertyOptional({ format: 'date-time', description: 'Required.' }) @IsWireTime() date_processed?: string | null;
  @ApiPropertyOptional({ description: 'Stored even when false.' }) @IsOptional() @IsBoolean() retry?: boolean | null;
  @ApiPropertyOptional({ description: '"" when no worker has claimed the item.' }) @IsOptional() @IsString() node?: string | null;
  @ApiPropertyOptional({ format: 'int64' }) @IsOptional() @IsInt() pid?: number | null;
  @ApiPropertyOptional({ description: 'Stored even when false.' }) @IsOptional() @IsBoolean() needs_admin_review?: boolean | null;
  @ApiPropertyOptional({ format: 'date-time', description: '0001-01-01T00:00:00Z when not queued.' }) @IsWireTime() queued_at?: string | null;
  @ApiPropertyOptional({ format: 'int64' }) @IsOptional() @IsInt() size?: number | null;
  @ApiPropertyOptional({ format: 'date-time' }) @IsWireTime() stage_started_at?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsString() aptrust_approver?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsString() inst_approver?: string | null;
  @ApiPropertyOptional({ format: 'int64', description: '0 when none.' }) @IsOptional() @IsInt() @Min(0) deletion_request_id?: number | null;
  @ApiPropertyOptional({ format: 'date-time', description: 'Kept on create when set; ignored on update (the stored value stays).' }) @IsWireTime() created_at?: string | null;
  @ApiPropertyOptional({ format: 'date-time', description: 'Ignored: the registry sets it on every save.' }) @IsWireTime() updated_at?: string | null;
}

export function toWorkItemWrite(body: WorkItemRequest): WorkItemWrite {
  return {
    createdAt: fromWire.time(body.created_at),
    name: fromWire.str(body.name),
    etag: fromWire.str(body.etag),
    institutionId: fromWire.id(body.institution_id),
    intellectualObjectId: fromWire.id(body.intellectual_object_id),
    genericFileId: fromWire.id(body.generic_file_id),
    bucket: fromWire.str(body.bucket),
    user: fromWire.str(body.user),
    note: fromWire.str(body.note),
    action: fromWire.str(body.action),
    stage: fromWire.str(body.stage),
    status: fromWire.str(body.status),
    outcome: fromWire.str(body.outcome),
    bagDate: fromWire.time(body.bag_date),
    dateProcessed: fromWire.time(body.date_processed),
    retry: fromWire.bool(body.retry),
    node: fromWire.str(body.node),
    pid: fromWire.num(body.pid),
    needsAdminReview: fromWire.bool(body.needs_admin_review),
    queuedAt: fromWire.time(body.queued_at),
    size: fromWire.num(body.size),
    stageStartedAt: fromWire.time(body.stage_started_at),
    aptrustApprover: fromWire.str(body.aptrust_approver),
    instApprover: fromWire.str(body.inst_approver),
    deletionRequestId: fromWire.id(body.deletion_request_id),
  };
}

/** The requeue form (application/x-www-form-urlencoded, or the same fields as JSON). */
export class WorkItemRequeueRequest {
  @ApiProperty({ enum: STAGES, description: 'Ingests: one of the nine ingest stages; other actions: any stage (Requested by convention).' })
  @IsString()
  stage: string;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'Requeue a completed (Success, Failed or Cancelled) item anyway.' })
  @IsOptional()
  @IsIn([true, false, 'true', 'false', '1', '0', ''])
  force?: boolean | string;
}

export const isForced = (body: WorkItemRequeueRequest): boolean => body.force === true || body.force === 'true' || body.force === '1';
