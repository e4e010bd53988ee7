import { ApiProperty } from '@nestjs/swagger';
import { wire } from '../../../shared/http/wire.js';
import type { WorkItemRow } from '../application/work-item.record.js';
import { STAGES, STATUSES, WORK_ITEM_ACTIONS } from '../domain/index.js';

/** WorkItem: the stored record, as the admin create and update routes return it (api.md §6.8). */
export class WorkItemResponse {
  @ApiProperty({ format: 'int64' }) id: number;
  @ApiProperty({ format: 'date-time' }) created_at: string;
  @ApiProperty({ format: 'date-time' }) updated_at: string;
  @ApiProperty() name: string;
  @ApiProperty() etag: string;
  @ApiProperty({ format: 'int64' }) institution_id: number;
  @ApiProperty({ format: 'int64', description: '0 when none.' }) intellectual_object_id: number;
  @ApiProperty({ format: 'int64', description: '0 when none.' }) generic_file_id: number;
  @ApiProperty() bucket: string;
  @ApiProperty({ format: 'email' }) user: string;
  @ApiProperty() note: string;
  @ApiProperty({ enum: WORK_ITEM_ACTIONS }) action: string;
  @ApiProperty({ enum: STAGES }) stage: string;
  @ApiProperty({ enum: STATUSES }) status: string;
  @ApiProperty() outcome: string;
  @ApiProperty({ format: 'date-time' }) bag_date: string;
  @ApiProperty({ format: 'date-time' }) date_processed: string;
  @ApiProperty() retry: boolean;
  @ApiProperty() node: string;
  @ApiProperty({ format: 'int64' }) pid: number;
  @ApiProperty() needs_admin_review: boolean;
  @ApiProperty({ format: 'date-time', description: '0001-01-01T00:00:00Z when not queued.' }) queued_at: string;
  @ApiProperty({ format: 'int64' }) size: number;
  @ApiProperty({ format: 'date-time' }) stage_started_at: string;
  @ApiProperty() aptrust_approver: string;
  @ApiProperty() inst_approver: string;
  @ApiProperty({ format: 'int64', description: '0 when none.' }) deletion_request_id: number;
}

export function toWorkItemResponse(row: WorkItemRow): WorkItemResponse {
  return {
    id: row.id,
    created_at: wire.time(row.created_at),
    updated_at: wire.time(row.updated_at),
    name: wire.str(row.name),
    etag: wire.str(row.etag),
    institution_id: wire.int(row.institution_id),
    intellectual_object_id: wire.int(row.intellectual_object_id),
    generic_file_id: wire.int(row.generic_file_id),
    bucket: wire.str(row.bucket),
    user: wire.str(row.user),
    note: wire.str(row.note),
    action: wire.str(row.action),
    stage: wire.str(row.stage),
    status: wire.str(row.status),
    outcome: wire.str(row.outcome),
    bag_date: wire.time(row.bag_date),
    date_processed: wire.time(row.date_processed),
    retry: wire.bool(row.retry),
    node: wire.str(row.node),
    pid: wire.int(row.pid),
    needs_admin_review: wire.bool(row.needs_admin_review),
    queued_at: wire.time(row.queued_at),
    size: wire.int(row.size),
    stage_started_at: wire.time(row.stage_started_at),
    aptrust_approver: wire.str(row.aptrust_approver),
    inst_approver: wire.str(row.inst_approver),
    deletion_request_id: wire.int(row.deletion_request_id),
  };
}

/** The reference's success message body (requeue, Redis delete). */
export class MessageResponse {
  @ApiProperty({ example: 200 }) StatusCode: number;
  @ApiProperty() Message: string;
}

export const okMessage = (message: string): MessageResponse => ({ StatusCode: 200, Message: message });
