import { isGlacierOnly } from '../domain/storage-option.js';

/** An object or a file: the two records the Restore and Delete buttons act on. */
export type ActionTarget = 'object' | 'file';

/** What views/modals/confirm-action.njk shows: the question and the form that posts the action. */
export type ActionConfirmation = {
  readonly title: string;
  readonly question: string;
  readonly detail: string | null;
  readonly action: string;
  readonly confirmLabel: string;
  readonly danger: boolean;
};

/** The request_restore fragment (api.md §3.3): confirm, then POST to init_restore. */
export function restoreConfirmation(target: ActionTarget, identifier: string, action: string, storageOption: string | null): ActionConfirmation {
  const glacier = isGlacierOnly(storageOption);
  return {
    title: glacier ? 'Restore from Glacier' : 'Restore',
    question: `Restore ${target} ${identifier}?`,
    detail: glacier
      ? `This ${target} is stored in Glacier: it must be retrieved from there first, which can take several days. You will get an alert when it has been restored.`
      : `It will be copied to your institution's restoration bucket. You will get an alert when it has been restored.`,
    action,
    confirmLabel: glacier ? 'Restore from Glacier' : 'Restore',
    danger: false,
  };
}

/** The request_delete fragment (api.md §3.3): confirm, then POST to init_delete. */
export function deleteConfirmation(target: ActionTarget, identifier: string, action: string): ActionConfirmation {
  return {
    title: 'Delete',
    question: `Request deletion of ${target} ${identifier}?`,
    detail: 'Another administrator of your institution must approve the request before anything is deleted; they will be asked by email.',
    action,
    confirmLabel: 'Request deletion',
    danger: true,
  };
}

/** The 201 page after init_restore (views/work_items/restoration-requested.njk). */
export function restorationRequested(target: ActionTarget, identifier: string, item: { readonly id: number; readonly action: string | null }, backHref: string) {
  return { pageTitle: 'Restoration Requested', kindLabel: target === 'object' ? 'Object' : 'File', identifier, item, backHref };
}
