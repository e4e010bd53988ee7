import { PENDING_WORK_ITEMS_MESSAGE } from '../../../shared/domain/pending-work.js';
import { isUuid } from '../../../shared/domain/validation.js';
import { ROLE_INST_ADMIN } from '../../identity/domain/index.js';

export const BATCH_KEY_MISSING_MESSAGE = 'Configuration setting for BatchDeletionKey is missing or invalid';
export const INVALID_OBJECT_IDS_MESSAGE = 'one or more object ids is invalid';

export interface BatchDeletionFacts {
  /** BATCH_DELETION_KEY from configuration. */
  readonly configuredKey: string | null | undefined;
  /** `secretKey` from the request body. */
  readonly suppliedKey: string | null | undefined;
  readonly institutionId: number;
  /** The user named by `requestorId`; null when not found. */
  readonly requestor: { readonly institutionId: number | null; readonly role: string | null } | null;
  /** How many ids the request lists (duplicates included). */
  readonly requestedObjectCount: number;
  /** How many of those ids are active objects of the institution. */
  readonly deletableObjectCount: number;
  /** Work items of those objects that are not completed. */
  readonly pendingWorkItemCount: number;
}

/** The first reason, in the reference's order, to refuse an admin-API batch deletion request; null when it may proceed. */
export function batchDeletionRefusal(facts: BatchDeletionFacts): string | null {
  if (!isUuid(facts.configuredKey)) return BATCH_KEY_MISSING_MESSAGE;
  if (facts.suppliedKey !== facts.configuredKey) return 'invalid token';
  if (facts.requestor?.institutionId !== facts.institutionId || facts.requestor?.role !== ROLE_INST_ADMIN) return 'invalid requestor id';
  // A request without objects would ask an admin to approve nothing.
  if (facts.requestedObjectCount === 0 || facts.deletableObjectCount !== facts.requestedObjectCount) return INVALID_OBJECT_IDS_MESSAGE;
  if (facts.pendingWorkItemCount > 0) return PENDING_WORK_ITEMS_MESSAGE;
  return null;
}
