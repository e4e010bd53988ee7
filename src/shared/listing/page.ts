import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { applyListFilters, applyListPage, applyListSort, type ApplyListQueryOptions } from './apply-list-query.js';
import { countFromCounter, isPlainListSource, selectCounter } from './counter-count.js';
import type { ListQuery } from './list-query.js';
import type { ListSpec } from './list-spec.js';

/** One page of a list, with what the envelope and the web pagination need. */
export interface Page<T> {
  readonly items: readonly T[];
  /** Total rows matching scope and filters, over all pages. */
  readonly count: number;
  readonly page: number;
  readonly perPage: number;
}

export function mapPage<T, U>(page: Page<T>, map: (item: T, index: number) => U): Page<U> {
  return { ...page, items: page.items.map(map) };
}

export function pageOffset(page: Pick<Page<unknown>, 'page' | 'perPage'>): number {
  return (page.page - 1) * page.perPage;
}

/**
 * Applies the list query to `qb`, reads one page of raw rows (`getRawMany`) and counts all matching
 * rows. The count is skipped when the page itself proves the total (a short, non-empty page, or an
 * empty first page). Otherwise it comes from the spec's row counter when the scope and filters allow
 * it (see ListCounterConfig), else from a separate `COUNT(*)` over the filtered query without
 * ORDER BY / LIMIT. Both are exact.
 */
export async function runListQuery<Row = Record<string, unknown>>(
  qb: SelectQueryBuilder<ObjectLiteral>,
  query: ListQuery,
  spec: ListSpec,
  options: ApplyListQueryOptions = {},
): Promise<Page<Row>> {
  const counter = isPlainListSource(qb) ? selectCounter(query, spec, options.scope) : undefined;
  applyListFilters(qb, query, spec, options);
  const filtered = qb.clone();
  applyListSort(qb, query, spec);
  applyListPage(qb, query);

  const items = await qb.getRawMany<Row>();
  const provesTotal = items.length < query.perPage && (items.length > 0 || query.offset === 0);
  const count = provesTotal
    ? query.offset + items.length
    : counter
      ? await countFromCounter(filtered, counter)
      : await countRows(filtered);
  return { items, count, page: query.page, perPage: query.perPage };
}

/** `SELECT COUNT(*) FROM (<query>)`, on the same query runner (and so transaction) as `qb`. */
export async function countRows(qb: SelectQueryBuilder<ObjectLiteral>): Promise<number> {
  const inner = qb.clone().orderBy().offset(undefined).limit(undefined).skip(undefined).take(undefined);
  const row = await qb
    .createQueryBuilder()
    .select('COUNT(*)', 'count')
    .from(`(${inner.getQuery()})`, 'list_rows')
    .setParameters(inner.getParameters())
    .getRawOne<{ count: string | number }>();
  return Number(row?.count ?? 0);
}
