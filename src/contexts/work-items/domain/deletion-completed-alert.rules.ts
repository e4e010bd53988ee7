import { isPresentId } from '../../../shared/domain/validation.js';
import { ACTION_DELETE, hasCompleted, STATUS_SUCCESS, type WorkItemFields } from './work-item.js';

/**
 * Whether saving this item may finish its deletion request: a Delete item of a request becomes
 * Success (it was not before; `previousStatus` is null on insert). The request is finished only when
 * all its items have completed (`deletionRequestIsFinished`).
 * The reference never sends "Deletion Completed" (workflows §1.9); this follows its recommendation.
 */
export function mayFinishDeletionRequest(
  previousStatus: string | null,
  item: Pick<WorkItemFields, 'action' | 'status' | 'deletionRequestId'>,
): item is Pick<WorkItemFields, 'action' | 'status'> & { readonly deletionRequestId: number } {
  return item.action === ACTION_DELETE && item.status === STATUS_SUCCESS && previousStatus !== STATUS_SUCCESS && isPresentId(item.deletionRequestId);
}

/** Every work item of the request has completed (Success, Failed or Cancelled); a request without items is not finished. */
export function deletionRequestIsFinished(itemStatuses: readonly (string | null)[]): boolean {
  return itemStatuses.length > 0 && itemStatuses.every((status) => hasCompleted(status));
}

export interface DeletedTargets {
  readonly objectIdentifiers: readonly string[];
  readonly fileIdentifiers: readonly string[];
}

/** How the "Deletion Completed" alert names what was deleted: the identifier when there is one target, else a count. */
export function deletedTargetsDescription(requestId: number, targets: DeletedTargets): string {
  const all = [...targets.objectIdentifiers, ...targets.fileIdentifiers];
  if (all.length === 1) return all[0];
  const parts = [
    plural(targets.objectIdentifiers.length, 'object'),
    plural(targets.fileIdentifiers.length, 'file'),
  ].filter((part) => part !== '');
  return `Deletion request ${requestId} (${parts.join(' and ') || 'no items'})`;
}

const plural = (count: number, noun: string): string => (count === 0 ? '' : `${count} ${noun}${count === 1 ? '' : 's'}`);
