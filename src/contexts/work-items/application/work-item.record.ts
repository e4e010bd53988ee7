import type { Timestamp } from '../../../shared/time/timestamp.js';
import type { WorkItemFields } from '../domain/work-item.js';

/** A row of the `work_items` table, as PostgreSQL returns it. */
export interface WorkItemRow {
  readonly id: number;
  readonly created_at: Timestamp;
  readonly updated_at: Timestamp;
  readonly intellectual_object_id: number | null;
  readonly generic_file_id: number | null;
  readonly name: string | null;
  readonly etag: string | null;
  readonly bucket: string | null;
  readonly user: string | null;
  readonly note: string | null;
  readonly action: string | null;
  readonly stage: string | null;
  readonly status: string | null;
  readonly outcome: string | null;
  readonly bag_date: Timestamp | null;
  readonly date_processed: Timestamp | null;
  readonly retry: boolean;
  readonly node: string | null;
  readonly pid: number | null;
  readonly needs_admin_review: boolean;
  readonly institution_id: number | null;
  readonly queued_at: Timestamp | null;
  readonly size: number | null;
  readonly stage_started_at: Timestamp | null;
  readonly aptrust_approver: string | null;
  readonly inst_approver: string | null;
  readonly deletion_request_id: number | null;
}

/**
 * What a create or update writes: every column but the id and updated_at, which the registry sets.
 * `createdAt` is kept on insert when set and ignored on update.
 */
export type WorkItemWrite = Omit<WorkItemFields, 'id' | 'updatedAt'>;

/** The fields of a stored item (its id is set). */
export type StoredWorkItemFields = WorkItemFields & { readonly id: number };

export function toWorkItemFields(row: WorkItemRow): StoredWorkItemFields {
  return {
    id: row.id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    name: row.name,
    etag: row.etag,
    institutionId: row.institution_id,
    intellectualObjectId: row.intellectual_object_id,
    genericFileId: row.generic_file_id,
    bucket: row.bucket,
    user: row.user,
    note: row.note,
    action: row.action,
    stage: row.stage,
    status: row.status,
    outcome: row.outcome,
    bagDate: row.bag_date,
    dateProcessed: row.date_processed,
    retry: row.retry,
    node: row.node,
    pid: row.pid,
    needsAdminReview: row.needs_admin_review,
    queuedAt: row.queued_at,
    size: row.size,
    stageStartedAt: row.stage_started_at,
    aptrustApprover: row.aptrust_approver,
    instApprover: row.inst_approver,
    deletionRequestId: row.deletion_request_id,
  };
}
