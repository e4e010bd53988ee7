import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { ListQuery } from './list-query.js';
import { scopeDescription, type ListScope } from './list-scope.js';
import type { CounterDimension, ListSpec } from './list-spec.js';

export interface CounterCondition {
  readonly dimension: CounterDimension;
  readonly value: string | number;
}

/** Which counter groups to add up: those matching every condition (an unnamed dimension is free). */
export interface CounterSelection {
  readonly counter: string;
  readonly conditions: readonly CounterCondition[];
}

/**
 * The counter groups that hold the count of this list query, or `undefined` when the count needs
 * COUNT(*): the spec has no counter, the scope is not a described institution scope on the
 * counter's institution field, or a filter is not an `eq` on a counter dimension.
 */
export function selectCounter(query: ListQuery, spec: ListSpec, scope?: ListScope): CounterSelection | undefined {
  const counter = spec.counter;
  if (!counter) return undefined;
  const conditions: CounterCondition[] = [];

  if (scope) {
    const description = scopeDescription(scope);
    if (!description) return undefined;
    if (description.kind === 'equals') {
      if (description.column !== spec.fields.get(counter.institutionField)?.column) return undefined;
      conditions.push({ dimension: 'institution_id', value: description.value });
    }
  }

  for (const filter of query.filters) {
    const dimension = counter.dimensions.get(filter.field);
    if (!dimension || filter.op !== 'eq') return undefined;
    const value = filter.values[0];
    conditions.push({ dimension, value: dimension === 'institution_id' ? Number(value) : String(value) });
  }
  return { counter: counter.name, conditions };
}

/**
 * True when the caller's query builder holds nothing that could make the list's rows differ from
 * the counted table's rows (its own conditions, joins, grouping or DISTINCT).
 */
export function isPlainListSource(qb: SelectQueryBuilder<ObjectLiteral>): boolean {
  const map = qb.expressionMap;
  return map.wheres.length === 0 && map.joinAttributes.length === 0 && map.groupBys.length === 0 && map.havings.length === 0 && !map.selectDistinct;
}

/**
 * `SUM(delta)` over the selected groups of `row_count_deltas`, on the same query runner (and so
 * transaction) as `qb`. Equal to COUNT(*) at the same snapshot (migration CreateRowCounters).
 */
export async function countFromCounter(qb: SelectQueryBuilder<ObjectLiteral>, selection: CounterSelection): Promise<number> {
  const sum = qb
    .createQueryBuilder()
    .select('COALESCE(SUM(d.delta), 0)', 'count')
    .from('row_count_deltas', 'd')
    .where('d.counter = :counter_name', { counter_name: selection.counter });
  selection.conditions.forEach(({ dimension, value }, i) => {
    const parameter = `counter_value_${i}`;
    // bigint keeps an institution id beyond int4 from erroring, as the list filters do.
    const bound = dimension === 'institution_id' ? `CAST(:${parameter} AS bigint)` : `:${parameter}`;
    sum.andWhere(`d.${dimension} = ${bound}`, { [parameter]: value });
  });
  const row = await sum.getRawOne<{ count: string | number }>();
  return Number(row?.count ?? 0);
}
