import { ApiProperty } from '@nestjs/swagger';
import { STORAGE_OPTIONS } from '../../../shared/domain/storage-option.js';
import { wire } from '../../../shared/http/wire.js';
import type { WorkItemViewRow } from '../application/work-item.read-model.js';
import { STAGES, STATUSES, WORK_ITEM_ACTIONS } from '../domain/index.js';

/** WorkItemView: a work item with its institution, object and file (member API items list and show). */
export class WorkItemViewResponse {
  @ApiProperty({ format: 'int64' }) id: number;
  @ApiProperty({ description: 'The tar file uploaded to the receiving bucket, e.g. photos.tar.' }) name: string;
  @ApiProperty({ description: 'Etag of the uploaded tar file.' }) etag: string;
  @ApiProperty({ format: 'int64' }) institution_id: number;
  @ApiProperty() institution_name: string;
  @ApiProperty({ description: 'The institution identifier (domain name).' }) institution_identifier: string;
  @ApiProperty({ format: 'int64', description: 'The object worked on; 0 for ingests not yet recorded.' }) intellectual_object_id: number;
  @ApiProperty({ description: "The object's identifier (<institution>/<bag name>); \"\" when no object is linked." }) object_identifier: string;
  @ApiProperty({ description: "The object's alternate identifier." }) alt_identifier: string;
  @ApiProperty({ description: "The object's bag group identifier." }) bag_group_identifier: string;
  @ApiProperty({ enum: [...STORAGE_OPTIONS, ''], description: "The object's storage option; \"\" when no object is linked." }) storage_option: string;
  @ApiProperty({ description: "The object's BagIt profile identifier." }) bagit_profile_identifier: string;
  @ApiProperty({ description: "The object's source organization." }) source_organization: string;
  @ApiProperty({ description: "The object's internal sender identifier." }) internal_sender_identifier: string;
  @ApiProperty({ format: 'int64', description: 'The file worked on; 0 for object-level items.' }) generic_file_id: number;
  @ApiProperty({ description: 'The file identifier; "" for object-level items.' }) generic_file_identifier: string;
  @ApiProperty({ description: 'The receiving bucket the bag was uploaded to.' }) bucket: string;
  @ApiProperty({ format: 'email', description: 'Email of the user who initiated the item.' }) user: string;
  @ApiProperty({ description: 'A brief summary of the status of the item.' }) note: string;
  @ApiProperty({ enum: WORK_ITEM_ACTIONS }) action: string;
  @ApiProperty({ enum: STAGES }) stage: string;
  @ApiProperty({ enum: STATUSES }) status: string;
  @ApiProperty({ description: 'The outcome of the activity.' }) outcome: string;
  @ApiProperty({ format: 'date-time', description: 'When the bag appeared in the receiving bucket.' }) bag_date: string;
  @ApiProperty({ format: 'date-time', description: 'Last known activity on the item.' }) date_processed: string;
  @ApiProperty({ description: 'Whether workers should keep trying to process the item.' }) retry: boolean;
  @ApiProperty({ description: 'Host name of the worker processing the item; "" when none.' }) node: string;
  @ApiProperty({ format: 'int64', description: 'Process id of the worker processing the item.' }) pid: number;
  @ApiProperty({ description: 'Whether an APTrust admin needs to review the item.' }) needs_admin_review: boolean;
  @ApiProperty({ format: 'date-time', description: 'When the item was queued; 0001-01-01T00:00:00Z when not queued.' }) queued_at: string;
  @ApiProperty({ format: 'int64', description: 'Size in bytes of the bag, object or file.' }) size: number;
  @ApiProperty({ format: 'date-time', description: 'When the current stage started.' }) stage_started_at: string;
  @ApiProperty({ description: 'Email of the APTrust admin who approved the item.' }) aptrust_approver: string;
  @ApiProperty({ description: 'Email of the institutional admin who approved a deletion.' }) inst_approver: string;
  @ApiProperty({ format: 'int64', description: 'The deletion request of a Delete item; 0 otherwise.' }) deletion_request_id: number;
  @ApiProperty({ format: 'date-time' }) created_at: string;
  @ApiProperty({ format: 'date-time' }) updated_at: string;
}

export function toWorkItemViewResponse(row: WorkItemViewRow): WorkItemViewResponse {
  return {
    id: row.id,
    name: wire.str(row.name),
    etag: wire.str(row.etag),
    institution_id: wire.int(row.institution_id),
    institution_name: wire.str(row.institution_name),
    institution_identifier: wire.str(row.institution_identifier),
    intellectual_object_id: wire.int(row.intellectual_object_id),
    object_identifier: wire.str(row.object_identifier),
    alt_identifier: wire.str(row.alt_identifier),
    bag_group_identifier: wire.str(row.bag_group_identifier),
    storage_option: wire.str(row.storage_option),
    bagit_profile_identifier: wire.str(row.bagit_profile_identifier),
    source_organization: wire.str(row.source_organization),
    internal_sender_identifier: wire.str(row.internal_sender_identifier),
    generic_file_id: wire.int(row.generic_file_id),
    generic_file_identifier: wire.str(row.generic_file_identifier),
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
    created_at: wire.time(row.created_at),
    updated_at: wire.time(row.updated_at),
  };
}
