import type { Environment } from 'nunjucks';
import { formatCount, humanSize } from './list-view.js';

const ROLE_LABELS: Readonly<Record<string, string>> = {
  admin: 'System Administrator',
  institutional_admin: 'Institutional Admin',
  institutional_user: 'Institutional User',
  none: 'None',
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The UTC parts of a canonical timestamp (or date); undefined for none or an unreadable value. */
function utcParts(value: unknown): { y: string; mo: number; d: number; time: string } | undefined {
  if (typeof value !== 'string' || value === '' || value.startsWith('0001-01-01')) return undefined;
  let text = value;
  // A timestamp with an offset other than UTC is converted to UTC first.
  if (/T\d{2}:\d{2}(:\d{2}(\.\d+)?)?[+-]\d{2}:?\d{2}$/.test(text)) {
    const date = new Date(text);
    if (Number.isNaN(date.getTime())) return undefined;
    text = date.toISOString();
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2})(?::(\d{2}))?)?/.exec(text);
  if (!m) return undefined;
  return { y: m[1]!, mo: Number(m[2]), d: Number(m[3]), time: m[4] ? `${m[4]}:${m[5] ?? '00'}` : '00:00:00' };
}

/** Go's `Jan 2, 2006 15:04:05` in UTC, as the reference shows date-times: "Aug 26, 2016 18:53:32"; "" for none. */
export function formatDateTime(value: unknown): string {
  const p = utcParts(value);
  if (!p) return typeof value === 'string' && value !== '' && !value.startsWith('0001-01-01') ? value : '';
  return `${MONTHS[p.mo - 1]} ${p.d}, ${p.y} ${p.time}`;
}

/** Go's `Jan 2, 2006` in UTC: "Aug 26, 2016"; "" for none. */
export function formatDate(value: unknown): string {
  const p = utcParts(value);
  if (!p) return typeof value === 'string' && value !== '' && !value.startsWith('0001-01-01') ? value : '';
  return `${MONTHS[p.mo - 1]} ${p.d}, ${p.y}`;
}

export const roleLabel = (role: unknown): string => ROLE_LABELS[String(role)] ?? String(role ?? '');

/** The short role the reference writes after a member's name on the institution page: "Inst One Admin (Admin)". */
const SHORT_ROLE_LABELS: Readonly<Record<string, string>> = { admin: 'Sys Admin', institutional_admin: 'Admin', institutional_user: 'User', none: 'None' };
export const shortRoleLabel = (role: unknown): string => SHORT_ROLE_LABELS[String(role)] ?? String(role ?? '');

/** Filters every template can use. */
export function configureTemplates(env: Environment): void {
  env.addFilter('datetime', formatDateTime);
  env.addFilter('date', formatDate);
  env.addFilter('roleLabel', roleLabel);
  env.addFilter('shortRoleLabel', shortRoleLabel);
  env.addFilter('yesNo', (value: unknown) => (value ? 'Yes' : 'No'));
  env.addFilter('humanSize', humanSize);
  env.addFilter('count', formatCount);
}
