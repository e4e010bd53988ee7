import { isBlank, isPresentId } from './validation.js';

/** The newest `Delete` work item in status `Started` that covers the record being deleted. */
export interface ActiveDeletionWorkItem {
  readonly id: number;
  readonly instApprover: string | null;
}

/** The deletion request that work item points to, as found by its `deletion_request_id`. */
export interface ApprovingDeletionRequest {
  readonly id: number;
  readonly requestedById: number | null;
  readonly confirmedById: number | null;
}

export interface DeletionApprovalFacts {
  readonly deletionWorkItem: ActiveDeletionWorkItem | null;
  readonly deletionRequest: ApprovingDeletionRequest | null;
}

/** The reference's "is this deletion approved?" chain for objects and files; null when approved. */
export function deletionApprovalFailure({ deletionWorkItem, deletionRequest }: DeletionApprovalFacts): string | null {
  if (!deletionWorkItem) return 'Missing deletion request work item';
  if (isBlank(deletionWorkItem.instApprover)) return 'Deletion work item is missing institutional approver';
  if (!deletionRequest) return `No deletion request for work item ${deletionWorkItem.id}`;
  if (!isPresentId(deletionRequest.requestedById)) return `Deletion request ${deletionRequest.id} has no requestor`;
  if (!isPresentId(deletionRequest.confirmedById)) return `Deletion request ${deletionRequest.id} has no approver`;
  return null;
}
