import { isGlacierOnly } from '../../../shared/domain/storage-option.js';
import type { Timestamp } from '../../../shared/time/timestamp.js';
import { ROLE_INST_ADMIN } from '../../identity/domain/index.js';
import {
  ACTION_DELETE,
  ACTION_GLACIER_RESTORE,
  ACTION_RESTORE_FILE,
  ACTION_RESTORE_OBJECT,
  STAGE_REQUESTED,
  STATUS_PENDING,
  type WorkItemFields,
} from './work-item.js';

/** The object a restore or delete item is for; `size` is its current active size from the view (null without active files). */
export interface ObjectForNewItem {
  readonly id: number;
  readonly institutionId: number;
  readonly bagName: string | null;
  readonly etag: string | null;
  readonly createdAt: Timestamp;
  readonly storageOption: string | null;
  readonly size: number | null;
}

export interface NewItemSource {
  /** The object's last successful ingest: status Success, stage Record or Cleanup, newest date_processed. */
  readonly lastIngest: WorkItemFields | null;
  readonly object: ObjectForNewItem;
  /** The receiving bucket of the object's institution, used when there is no ingest item. */
  readonly receivingBucket: string;
  readonly now: Timestamp;
}

/**
 * The tar file name of a bag (`bag_name + ".tar"`).
 * Fix (reference quirk): fixture bag names already end in `.tar`, which the reference doubled; it is added only once.
 */
export function tarNameForBag(bagName: string | null): string {
  const name = bagName ?? '';
  return name.endsWith('.tar') ? name : `${name}.tar`;
}

/** An ingest item synthesized from the object when it has none (the reference logs a warning then). */
export function synthesizedIngestItem(object: ObjectForNewItem, receivingBucket: string): WorkItemFields {
  return {
    id: null, createdAt: null, updatedAt: null,
    name: tarNameForBag(object.bagName), etag: object.etag, institutionId: object.institutionId,
    intellectualObjectId: object.id, genericFileId: null, bucket: receivingBucket, user: null, note: null,
    action: null, stage: null, status: null, outcome: null, bagDate: object.createdAt, dateProcessed: null,
    retry: false, node: null, pid: null, needsAdminReview: false, queuedAt: null, size: null,
    stageStartedAt: null, aptrustApprover: null, instApprover: null, deletionRequestId: null,
  };
}

/** A copy of the last successful ingest (or a synthesized one) reset to a new, pending, Requested item. */
export function itemFromLastIngest({ lastIngest, object, receivingBucket, now }: NewItemSource): WorkItemFields {
  const basis = lastIngest ?? synthesizedIngestItem(object, receivingBucket);
  return {
    ...basis,
    id: null,
    createdAt: now,
    updatedAt: now,
    dateProcessed: now,
    needsAdminReview: false,
    node: null,
    note: 'Not started',
    outcome: 'Not started',
    pid: 0,
    queuedAt: null,
    retry: true,
    stage: STAGE_REQUESTED,
    stageStartedAt: null,
    status: STATUS_PENDING,
    size: object.size ?? 0,
  };
}

export interface RestorationRequest extends NewItemSource {
  /** The file to restore; omit for an object restoration. */
  readonly file?: { readonly id: number } | null;
  readonly requesterEmail: string;
}

/** Glacier-only objects use `Glacier Restore` (for files too); others `Restore File` or `Restore Object`. */
export function newRestorationItem(request: RestorationRequest): WorkItemFields {
  const file = request.file ?? null;
  return {
    ...itemFromLastIngest(request),
    action: restorationAction(request.object.storageOption, file !== null),
    genericFileId: file?.id ?? null,
    user: request.requesterEmail,
  };
}

function restorationAction(storageOption: string | null, isFile: boolean): string {
  if (isGlacierOnly(storageOption)) return ACTION_GLACIER_RESTORE;
  return isFile ? ACTION_RESTORE_FILE : ACTION_RESTORE_OBJECT;
}

export interface DeletionParty {
  readonly email: string;
  readonly institutionId: number | null;
}

export interface DeletionApprover extends DeletionParty {
  readonly role: string | null;
}

export interface DeletionItemRequest extends NewItemSource {
  /** The file to delete; its size replaces the object's. Omit for an object deletion. */
  readonly file?: { readonly id: number; readonly size: number | null } | null;
  readonly requester: DeletionParty;
  readonly approver: DeletionApprover;
  readonly deletionRequestId: number;
}

export type DeletionItemResult = { readonly ok: true; readonly item: WorkItemFields } | { readonly ok: false; readonly error: string };

/** Deletions are dangerous, so the requester and approver are re-checked against the object's institution. */
export function newDeletionItem(request: DeletionItemRequest): DeletionItemResult {
  const refusal = deletionPartiesRefusal(request);
  if (refusal) return { ok: false, error: refusal };
  const file = request.file ?? null;
  const base = itemFromLastIngest(request);
  return {
    ok: true,
    item: {
      ...base,
      action: ACTION_DELETE,
      genericFileId: file?.id ?? null,
      size: file ? (file.size ?? 0) : base.size,
      user: request.requester.email,
      instApprover: request.approver.email,
      deletionRequestId: request.deletionRequestId,
    },
  };
}

function deletionPartiesRefusal({ object, requester, approver }: DeletionItemRequest): string | null {
  if (requester.institutionId !== object.institutionId) return 'deletion requester does not belong to the institution that owns this object';
  if (approver.institutionId !== object.institutionId) return 'deletion approver does not belong to the institution that owns this object';
  if (approver.role !== ROLE_INST_ADMIN) return 'deletion approver must be an institutional admin';
  return null;
}
