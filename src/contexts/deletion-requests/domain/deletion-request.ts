import { isPresentId } from '../../../shared/domain/validation.js';

export const DELETION_REQUEST_STATUSES = ['Rejected', 'Approved', 'Awaiting Approval'] as const;
export type DeletionRequestStatus = (typeof DELETION_REQUEST_STATUSES)[number];

export interface DeletionRequestDecision {
  readonly confirmedById: number | null;
  readonly cancelledById: number | null;
}

/** The display status: cancelled wins over confirmed. */
export function deletionRequestStatus(request: DeletionRequestDecision): DeletionRequestStatus {
  if (isPresentId(request.cancelledById)) return 'Rejected';
  if (isPresentId(request.confirmedById)) return 'Approved';
  return 'Awaiting Approval';
}

/** What the review page shows: one object, a batch of objects, or files; null for a request with no items. */
export type DeletionRequestKind = 'object' | 'objectList' | 'file';

export function deletionRequestKind(objectCount: number, fileCount: number): DeletionRequestKind | null {
  if (objectCount === 1) return 'object';
  if (objectCount > 1) return 'objectList';
  return fileCount > 0 ? 'file' : null;
}
