import { isGlacierOnly } from '../domain/storage-option.js';
import { humanSize } from './list-view.js';

/** An object or a file: the two records the Restore and Delete buttons act on. */
export type ActionTarget = 'object' | 'file';

/** What views/modals/confirm-action.njk shows: the question and the form that posts the action. */
export type ActionConfirmation = {
  readonly title: string;
  /** A constant sentence, rendered unescaped: never put record data in it. */
  readonly question: string;
  /** Label/value pairs describing the record (the reference's delete dialog lists the object's). */
  readonly facts: readonly { readonly label: string; readonly value: string }[];
  readonly detail: string | null;
  readonly action: string;
  readonly confirmLabel: string;
  readonly danger: boolean;
};

/** The request_restore fragment (api.md §3.3): confirm, then POST to init_restore. The question is the reference's. */
export function restoreConfirmation(target: ActionTarget, identifier: string, action: string, storageOption: string | null): ActionConfirmation {
  const glacier = isGlacierOnly(storageOption);
  return {
    title: target === 'object' ? 'Restore Object' : 'Restore File',
    question: `This ${target} will be restored to your institution's receiving bucket and you'll receive an alert when it's ready.`,
    facts: [{ label: 'Identifier', value: identifier }],
    detail: glacier
      ? `This ${target} is stored in Glacier: it must be retrieved from there first, which can take several days.`
      : `Restoration times vary. Large ${target}s take longer than smaller ${target}s. Items restored from Glacier and Glacier Deep Archive take longer than items stored in S3 and Wasabi.`,
    action,
    confirmLabel: 'Confirm',
    danger: false,
  };
}

/** What the reference's object delete dialog lists besides the identifier. */
export interface DeleteObjectFacts {
  readonly bag_group_identifier?: string | null;
  readonly alt_identifier?: string | null;
  readonly file_count?: number | string | null;
  readonly size?: number | string | null;
  readonly description?: string | null;
}

const truncate = (value: string, length: number): string => (value.length < length ? value : `${value.slice(0, length)}...`);

/** The request_delete fragment (api.md §3.3): confirm, then POST to init_delete. The question is the reference's. */
export function deleteConfirmation(target: ActionTarget, identifier: string, action: string, object?: DeleteObjectFacts): ActionConfirmation {
  const facts = [{ label: 'Identifier', value: identifier }];
  if (target === 'object' && object) {
    facts.push(
      { label: 'Bag Group Identifier', value: object.bag_group_identifier ?? '' },
      { label: 'Alt Identifier', value: object.alt_identifier ?? '' },
      { label: 'Files', value: `${Number(object.file_count ?? 0)} files / ${humanSize(object.size ?? 0)}` },
      { label: 'Description', value: truncate(object.description ?? '', 200) },
    );
  }
  return {
    title: target === 'object' ? 'Delete Object' : 'Delete File',
    question: target === 'object' ? 'Are you sure you want to delete this object and its files?' : 'Are you sure you want to delete this file?',
    facts,
    detail: `Confirming will mark this ${target} for deletion and notify institutional admins to review the request; nothing is deleted until one of them approves it.`,
    action,
    confirmLabel: 'Confirm',
    danger: true,
  };
}

/** The 201 page after init_restore (views/work_items/restoration-requested.njk). */
export function restorationRequested(target: ActionTarget, identifier: string, item: { readonly id: number; readonly action: string | null }, backHref: string) {
  return { pageTitle: 'Restoration Requested', kindLabel: target === 'object' ? 'Object' : 'File', identifier, item, backHref };
}
