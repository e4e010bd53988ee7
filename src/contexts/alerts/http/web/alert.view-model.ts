import type { AlertViewRow } from '../../application/alert.read-model.js';
import { ALERT_TYPES } from '../../domain/index.js';

export const ALERT_TYPE_CHOICES = ALERT_TYPES.map((t) => ({ value: t, label: t }));

export const ALERT_FILTER_LABELS: Readonly<Record<string, string>> = {
  type: 'Type',
  institution_id: 'Institution',
  user_id: 'Recipient id',
  created_at__gteq: 'On or after',
  created_at__lteq: 'On or before',
};

export const ALERT_SORT_COLUMNS = {
  created_at: 'Date',
  type: 'Type',
  subject: 'Subject',
  institution_name: 'Institution',
  user_name: 'Recipient',
} as const;

export interface AlertViewModel extends AlertViewRow {
  /** The recipient's copy (alerts without recipients have none to show). */
  readonly href: string | null;
  readonly unread: boolean;
  /** Whether the row is the viewer's own copy, which they may mark read or unread. */
  readonly own: boolean;
}

export function toAlertViewModel(row: AlertViewRow, viewerId: number): AlertViewModel {
  return {
    ...row,
    href: row.user_id === null ? null : `/alerts/show/${row.id}/${row.user_id}`,
    unread: row.user_id !== null && row.read_at === null,
    own: row.user_id === viewerId,
  };
}

/** The `id__in` values of a mark-as-read/unread request as alert ids; null when one is not an id. */
export function alertIdsOf(body: unknown): number[] | null {
  const raw = body && typeof body === 'object' ? (body as Record<string, unknown>).id__in : undefined;
  const values = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  const ids: number[] = [];
  for (const value of values) {
    const text = String(value).trim();
    if (!/^\d{1,15}$/.test(text)) return null;
    ids.push(Number(text));
  }
  return ids;
}

/** Where "mark all as read" returns: the page it was posted from when that is on this site, else the alerts. */
export function returnPathFrom(referer: string | undefined, host: string | undefined): string {
  if (!referer || !host) return '/alerts';
  try {
    const url = new URL(referer);
    if (url.host !== new URL(`${url.protocol}//${host}`).host || !url.pathname.startsWith('/') || url.pathname.startsWith('//')) return '/alerts';
    return `${url.pathname}${url.search}`;
  } catch {
    return '/alerts';
  }
}
