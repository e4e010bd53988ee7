/** What list pages share besides paging: sortable column headers, filter chips and display helpers. */

export type SortState = 'ascending' | 'descending' | 'none';

export interface SortHeader {
  readonly label: string;
  /** The list sorted by this column (reversed when it already is), back on page 1. */
  readonly href: string;
  /** For `aria-sort`. */
  readonly state: SortState;
}

export interface FilterChip {
  readonly label: string;
  readonly value: string;
  /** The same list without this filter. */
  readonly removeHref: string;
}

/** Parameters that are not filters. */
const NON_FILTER_PARAMS = new Set(['page', 'per_page', 'sort']);

function hrefOf(path: string, params: URLSearchParams): string {
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/** The list's first sort as `field` and direction, from the query's `sort` or else the page's default. */
export function currentSort(query: string, defaultSort: string): { field: string; direction: 'asc' | 'desc' } {
  const raw = new URLSearchParams(query).get('sort') || defaultSort;
  const [field, direction] = raw.split('__');
  return { field, direction: direction === 'desc' ? 'desc' : 'asc' };
}

/**
 * One header per sortable column (`key` is the list's sort field): the link sorts by it, descending
 * first for dates and sizes as the lists are read newest or largest first, and reverses a column
 * that is already sorted.
 */
export function sortHeaders(
  path: string,
  query: string,
  columns: Readonly<Record<string, string>>,
  defaultSort: string,
  descendingFirst: readonly string[] = [],
): Record<string, SortHeader> {
  const current = currentSort(query, defaultSort);
  const headers: Record<string, SortHeader> = {};
  for (const [key, label] of Object.entries(columns)) {
    const active = current.field === key;
    const next = active ? (current.direction === 'asc' ? 'desc' : 'asc') : descendingFirst.includes(key) ? 'desc' : 'asc';
    const params = new URLSearchParams(query);
    params.delete('page');
    params.set('sort', `${key}__${next}`);
    headers[key] = {
      label,
      href: hrefOf(path, params),
      state: active ? (current.direction === 'asc' ? 'ascending' : 'descending') : 'none',
    };
  }
  return headers;
}

/**
 * A chip per filter in the query that the page knows (`labels` by parameter), with a link that
 * removes it; `valueLabels` turns stored values into what the user picked (an institution's name).
 */
export function filterChips(
  path: string,
  query: string,
  labels: Readonly<Record<string, string>>,
  valueLabels: Readonly<Record<string, (value: string) => string>> = {},
): FilterChip[] {
  const params = new URLSearchParams(query);
  const chips: FilterChip[] = [];
  for (const [key, value] of params) {
    if (NON_FILTER_PARAMS.has(key) || value === '' || !Object.hasOwn(labels, key)) continue;
    const rest = new URLSearchParams([...params].filter(([k, v]) => !(k === key && v === value) && k !== 'page'));
    chips.push({ label: labels[key], value: valueLabels[key]?.(value) ?? value, removeHref: hrefOf(path, rest) });
  }
  return chips;
}

/** The query's filter values by parameter (first value), for putting them back in the filter form. */
export function filterValues(query: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(query)) if (!(key in values)) values[key] = value;
  return values;
}

const UNITS = 'kMGTPE';

/**
 * The reference's `HumanSize` (common.ToHumanSize with base 1024): "512 B" below 1 kB, else one decimal and
 * the unit: "1.5 kB", "1.5 GB".
 */
export function humanSize(value: unknown): string {
  const bytes = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof bytes !== 'number' || !Number.isFinite(bytes) || bytes < 0) return '';
  if (bytes < 1024) return `${Math.trunc(bytes)} B`;
  let div = 1024;
  let exp = 0;
  for (let n = Math.floor(bytes / 1024); n >= 1024 && exp < UNITS.length - 1; n = Math.floor(n / 1024)) {
    div *= 1024;
    exp++;
  }
  // Go's %.1f rounds an exact tie (1.25) to even, where toFixed rounds it up.
  const tenths = bytes * 10;
  if (Number.isSafeInteger(tenths) && tenths % div === div / 2) {
    const q = Math.floor(tenths / div);
    return `${((q % 2 === 0 ? q : q + 1) / 10).toFixed(1)} ${UNITS[exp]}B`;
  }
  return `${(bytes / div).toFixed(1)} ${UNITS[exp]}B`;
}

/** "1,234,567". */
export const formatCount = (value: unknown): string => {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n.toLocaleString('en-US') : '';
};

export interface Badge {
  readonly label: string;
  /** ok, bad, warn or '' (neutral). */
  readonly tone: string;
}

/** Active / Deleted for the `state` of objects, files and institutions. */
export function stateBadge(state: string | null | undefined): Badge {
  if (state === 'A') return { label: 'Active', tone: 'ok' };
  if (state === 'D') return { label: 'Deleted', tone: 'bad' };
  return { label: state ?? '', tone: '' };
}

export const STATE_OPTIONS = [
  { value: 'A', label: 'Active' },
  { value: 'D', label: 'Deleted' },
] as const;
