import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { applyListFilters, applyListPage, applyListSort, isolateExistingWhere, type ApplyListQueryOptions } from './apply-list-query.js';
import { countFromCounter, isPlainListSource, selectCounter } from './counter-count.js';
import type { ListQuery } from './list-query.js';
import type { ListSpec } from './list-spec.js';

/** One page of a list, with what the envelope and the web pagination need. */
export interface Page<T> {
  readonly items: readonly T[];
  /** Total rows matching scope and filters, over all pages. */
  readonly count: number;
  readonly page: number;
  /** The effective page size (ListQuery.perPage). */
  readonly perPage: number;
  /** Rows skipped before this page: ListQuery.offset, computed with the uncapped `per_page`. */
  readonly offset: number;
}

export function mapPage<T, U>(page: Page<T>, map: (item: T, index: number) => U): Page<U> {
  return { ...page, items: page.items.map(map) };
}

/**
 * Applies the list query to `qb`, reads one page of raw rows (`getRawMany`) and counts all matching
 * rows. The count is skipped when the page itself proves the total (a short, non-empty page, or an
 * empty first page). Otherwise it comes from the spec's row counter when the scope and filters allow
 * it (see ListCounterConfig), else from a separate `COUNT(*)` over the filtered query without
 * ORDER BY / LIMIT. Both are exact.
 *
 * Pages after the first are read with a deferred join (see deferredPage) when the spec's tiebreaker
 * is a plain column.
 */
export async function runListQuery<Row = Record<string, unknown>>(
  qb: SelectQueryBuilder<ObjectLiteral>,
  query: ListQuery,
  spec: ListSpec,
  options: ApplyListQueryOptions = {},
): Promise<Page<Row>> {
  const counter = isPlainListSource(qb) ? selectCounter(query, spec, options.scope) : undefined;
  const source = query.offset > 0 && canDeferPage(qb, spec) ? qb.clone() : undefined;
  applyListFilters(qb, query, spec, options);
  const filtered = qb.clone();
  const pageQuery = source ? deferredPage(source, qb, query, spec) : applyListPage(applyListSort(qb, query, spec), query);

  const items = await pageQuery.getRawMany<Row>();
  const provesTotal = items.length < query.perPage && (items.length > 0 || query.offset === 0);
  const count = provesTotal
    ? query.offset + items.length
    : counter
      ? await countFromCounter(filtered, counter)
      : await countRows(filtered);
  return { items, count, page: query.page, perPage: query.perPage, offset: query.offset };
}

const PLAIN_COLUMN = /^[A-Za-z_][A-Za-z0-9_]*\.[A-Za-z_][A-Za-z0-9_]*$/;

function canDeferPage(qb: SelectQueryBuilder<ObjectLiteral>, spec: ListSpec): boolean {
  const map = qb.expressionMap;
  return spec.tiebreaker !== undefined && PLAIN_COLUMN.test(spec.tiebreaker) && map.groupBys.length === 0 && map.havings.length === 0 && !map.selectDistinct;
}

/**
 * `SELECT <the list's columns> WHERE <tiebreaker> IN (SELECT <tiebreaker> … ORDER BY … LIMIT … OFFSET …)`:
 * PostgreSQL computes a view's select list for every row it skips with OFFSET, so a deep page of a
 * view with per-row subqueries (file counts, digests) would compute them thousands of times. Here
 * only the keys are sorted and skipped, and the full rows are read for the page's keys alone.
 * `source` is the caller's query builder before scope and filters; `filtered` has them.
 */
function deferredPage(
  source: SelectQueryBuilder<ObjectLiteral>,
  filtered: SelectQueryBuilder<ObjectLiteral>,
  query: ListQuery,
  spec: ListSpec,
): SelectQueryBuilder<ObjectLiteral> {
  const key = spec.tiebreaker!;
  const keys = applyListPage(applyListSort(filtered.clone().select(key), query, spec), query);
  isolateExistingWhere(source);
  source.andWhere(`${key} IN (${keys.getQuery()})`).setParameters(keys.getParameters());
  return applyListSort(source, query, spec);
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
