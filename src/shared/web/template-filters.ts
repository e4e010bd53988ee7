import type { Environment } from 'nunjucks';
import { formatCount, humanSize } from './list-view.js';

const ROLE_LABELS: Readonly<Record<string, string>> = {
  admin: 'System Administrator',
  institutional_admin: 'Institutional Admin',
  institutional_user: 'Institutional User',
  none: 'None',
};

/** "2021-01-12 17:14 UTC" from a canonical timestamp; "" for none. */
export function formatDateTime(value: unknown): string {
  if (typeof value !== 'string' || value === '' || value.startsWith('0001-01-01')) return '';
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(value);
  return m ? `${m[1]} ${m[2]} UTC` : value;
}

export function formatDate(value: unknown): string {
  if (typeof value !== 'string' || value === '' || value.startsWith('0001-01-01')) return '';
  return value.slice(0, 10);
}

export const roleLabel = (role: unknown): string => ROLE_LABELS[String(role)] ?? String(role ?? '');

/** Filters every template can use. */
export function configureTemplates(env: Environment): void {
  env.addFilter('datetime', formatDateTime);
  env.addFilter('date', formatDate);
  env.addFilter('roleLabel', roleLabel);
  env.addFilter('yesNo', (value: unknown) => (value ? 'Yes' : 'No'));
  env.addFilter('humanSize', humanSize);
  env.addFilter('count', formatCount);
}
