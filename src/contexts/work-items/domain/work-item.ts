import type { Timestamp } from '../../../shared/time/timestamp.js';

/** The actions validation accepts (`WorkItemActions`). */
export const WORK_ITEM_ACTIONS = ['Delete', 'Glacier Restore', 'Ingest', 'Restore File', 'Restore Object'] as const;
export type WorkItemAction = (typeof WORK_ITEM_ACTIONS)[number];

export const ACTION_DELETE: WorkItemAction = 'Delete';
export const ACTION_GLACIER_RESTORE: WorkItemAction = 'Glacier Restore';
export const ACTION_INGEST: WorkItemAction = 'Ingest';
export const ACTION_RESTORE_FILE: WorkItemAction = 'Restore File';
export const ACTION_RESTORE_OBJECT: WorkItemAction = 'Restore Object';

export const STAGES = [
  'Available in S3',
  'Cleanup',
  'Copy To Staging',
  'Format Identification',
  'Fetch',
  'Package',
  'Receive',
  'Record',
  'Reingest Check',
  'Requested',
  'Resolve',
  'Restoring',
  'Storage Validation',
  'Store',
  'Unpack',
  'Validate',
] as const;
export type Stage = (typeof STAGES)[number];

/** Ingest stages in processing order. */
export const INGEST_STAGES = [
  'Receive',
  'Validate',
  'Reingest Check',
  'Copy To Staging',
  'Format Identification',
  'Store',
  'Storage Validation',
  'Record',
  'Cleanup',
] as const satisfies readonly Stage[];
export type IngestStage = (typeof INGEST_STAGES)[number];

export const STAGE_REQUESTED: Stage = 'Requested';
export const STAGE_RECORD: Stage = 'Record';
export const STAGE_CLEANUP: Stage = 'Cleanup';
export const STAGE_RESOLVE: Stage = 'Resolve';

export const STATUSES = ['Cancelled', 'Failed', 'Pending', 'Started', 'Success', 'Suspended'] as const;
export type Status = (typeof STATUSES)[number];

export const STATUS_CANCELLED: Status = 'Cancelled';
export const STATUS_FAILED: Status = 'Failed';
export const STATUS_PENDING: Status = 'Pending';
export const STATUS_STARTED: Status = 'Started';
export const STATUS_SUCCESS: Status = 'Success';
export const STATUS_SUSPENDED: Status = 'Suspended';

export const COMPLETED_STATUSES: readonly Status[] = ['Cancelled', 'Failed', 'Success'];
/** The reference's `IncompleteStatusValues`; note that pending-work checks use "not completed" instead, which includes Suspended. */
export const INCOMPLETE_STATUSES: readonly Status[] = ['Pending', 'Started'];

/** Cancelled, Failed or Success. */
export function hasCompleted(status: string | null | undefined): boolean {
  return (COMPLETED_STATUSES as readonly (string | null | undefined)[]).includes(status);
}

/** What every "pending work items" check means: any status that is not completed, Suspended included. */
export const isPending = (status: string | null | undefined): boolean => !hasCompleted(status);

export interface WorkItemFields {
  readonly id: number | null;
  readonly createdAt: Timestamp | null;
  readonly updatedAt: Timestamp | null;
  /** The tar file name in the receiving bucket, e.g. `photos.tar`. */
  readonly name: string | null;
  readonly etag: string | null;
  readonly institutionId: number | null;
  readonly intellectualObjectId: number | null;
  readonly genericFileId: number | null;
  readonly bucket: string | null;
  /** Email of the requester. */
  readonly user: string | null;
  readonly note: string | null;
  readonly action: string | null;
  readonly stage: string | null;
  readonly status: string | null;
  readonly outcome: string | null;
  readonly bagDate: Timestamp | null;
  readonly dateProcessed: Timestamp | null;
  readonly retry: boolean;
  readonly node: string | null;
  readonly pid: number | null;
  readonly needsAdminReview: boolean;
  readonly queuedAt: Timestamp | null;
  readonly size: number | null;
  readonly stageStartedAt: Timestamp | null;
  readonly aptrustApprover: string | null;
  readonly instApprover: string | null;
  readonly deletionRequestId: number | null;
}
