import { Brackets, type ObjectLiteral, type SelectQueryBuilder, type WhereExpressionBuilder } from 'typeorm';
import { toPgTimestamp } from '../time/timestamp.js';
import type { FilterValue, ListFilter, ListQuery } from './list-query.js';
import type { FieldDefinition, FieldType, ListSpec, SortDirection } from './list-spec.js';

export interface ApplyListQueryOptions {
  /**
   * The mandatory restriction of the caller (institution scope from the access policy). It is added
   * before the list filters, which are ANDed with it.
   */
  readonly scope?: (where: WhereExpressionBuilder) => void;
}

/**
 * Applies, in this order: the scope, the list filters, the sort (plus tiebreaker), and the page.
 * Conditions already on the query builder are kept and bracketed, so nothing added here can widen them.
 * Mutates and returns `qb`.
 */
export function applyListQuery<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  query: ListQuery,
  spec: ListSpec,
  options: ApplyListQueryOptions = {},
): SelectQueryBuilder<T> {
  applyListFilters(qb, query, spec, options);
  applyListSort(qb, query, spec);
  return applyListPage(qb, query);
}

/** Scope and filters only: the WHERE part, shared by the page query and the count. */
export function applyListFilters<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  query: ListQuery,
  spec: ListSpec,
  options: ApplyListQueryOptions = {},
): SelectQueryBuilder<T> {
  isolateExistingWhere(qb);
  if (options.scope) qb.andWhere(new Brackets(options.scope));

  const conditions = query.filters.map((filter) => filterCondition(qb, filter, fieldOf(spec, filter.field)));
  if (conditions.length > 0) {
    qb.andWhere(new Brackets((where) => conditions.forEach((c) => where.andWhere(c))));
  }
  return qb;
}

/**
 * Replaces any ORDER BY with the query's sorts, then the spec's tiebreaker. A column sorted a second
 * time is left out: the reference orders by it again, which cannot change the order, and TypeORM
 * would instead replace the first direction with the second.
 */
export function applyListSort<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, query: ListQuery, spec: ListSpec): SelectQueryBuilder<T> {
  qb.orderBy();
  const columns: string[] = [];
  let lastDirection: SortDirection = 'asc';
  for (const sort of query.sorts) {
    const column = fieldOf(spec, sort.field).column;
    if (columns.includes(column)) continue;
    columns.push(column);
    lastDirection = sort.direction;
    qb.addOrderBy(column, sort.direction === 'asc' ? 'ASC' : 'DESC');
  }
  if (spec.tiebreaker && !columns.includes(spec.tiebreaker)) {
    // Same direction as the last sort key, so a composite index can serve the whole ORDER BY.
    qb.addOrderBy(spec.tiebreaker, lastDirection === 'desc' ? 'DESC' : 'ASC');
  }
  return qb;
}

export function applyListPage<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, query: ListQuery): SelectQueryBuilder<T> {
  return qb.offset(query.offset).limit(query.perPage);
}

/**
 * TypeORM joins WHERE clauses without parentheses, so a caller's `a OR b` followed by `AND filter`
 * would read `a OR (b AND filter)`. Wrapping what is there in one bracket keeps it a single conjunct.
 */
export function isolateExistingWhere(qb: SelectQueryBuilder<ObjectLiteral>): void {
  const existing = qb.expressionMap.wheres;
  if (existing.length === 0) return;
  qb.expressionMap.wheres = [{ type: 'and', condition: { operator: 'brackets', condition: existing } }];
}

function fieldOf(spec: ListSpec, name: string): FieldDefinition {
  const field = spec.fields.get(name);
  if (!field) throw new Error(`List query field "${name}" is not in the list spec`);
  return field;
}

const SQL_TYPE: Record<Exclude<FieldType, 'string'>, string> = {
  integer: 'bigint',
  number: 'numeric',
  boolean: 'boolean',
  timestamp: 'timestamp',
  date: 'date',
};

function filterCondition(qb: SelectQueryBuilder<ObjectLiteral>, filter: ListFilter, field: FieldDefinition): string {
  const col = field.column;
  const one = () => bindScalar(qb, field.type, filter.values[0]);
  switch (filter.op) {
    case 'eq':
      return `${col} = ${one()}`;
    case 'ne':
      return `${col} <> ${one()}`;
    case 'gt':
      return `${col} > ${one()}`;
    case 'gteq':
      return `${col} >= ${one()}`;
    case 'lt':
      return `${col} < ${one()}`;
    case 'lteq':
      return `${col} <= ${one()}`;
    // Backslash is PostgreSQL's default LIKE escape character.
    case 'starts_with':
      return `${col} ILIKE :${bind(qb, `${escapeLike(String(filter.values[0]))}%`)}`;
    case 'contains':
      return `${col} ILIKE :${bind(qb, `%${escapeLike(String(filter.values[0]))}%`)}`;
    case 'in':
      return `${col} = ANY(${bindArray(qb, field.type, filter.values)})`;
    case 'not_in':
      return `${col} <> ALL(${bindArray(qb, field.type, filter.values)})`;
    case 'is_null':
      return `${col} ${filter.values[0] === true ? 'IS NULL' : 'IS NOT NULL'}`;
    case 'not_null':
      return `${col} ${filter.values[0] === true ? 'IS NOT NULL' : 'IS NULL'}`;
  }
}

export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, '\\$&');
}

/**
 * Strings are bound untyped so PostgreSQL takes the column's type (varchar, text, enum). Other types get
 * an explicit cast: `bigint` keeps an out-of-range value for an int4 column from erroring.
 */
function bindScalar(qb: SelectQueryBuilder<ObjectLiteral>, type: FieldType, value: FilterValue): string {
  const name = bind(qb, toParameter(type, value));
  return type === 'string' ? `:${name}` : `CAST(:${name} AS ${SQL_TYPE[type]})`;
}

function bindArray(qb: SelectQueryBuilder<ObjectLiteral>, type: FieldType, values: readonly FilterValue[]): string {
  const name = bind(qb, values.map((v) => toParameter(type, v)));
  return type === 'string' ? `:${name}` : `CAST(:${name} AS ${SQL_TYPE[type]}[])`;
}

function toParameter(type: FieldType, value: FilterValue): string | number | boolean {
  return type === 'timestamp' ? toPgTimestamp(String(value)) : value;
}

/** Adds a parameter under a name no other part of the query uses. */
function bind(qb: SelectQueryBuilder<ObjectLiteral>, value: unknown): string {
  let i = 0;
  while (qb.hasParameter(`list_${i}`)) i++;
  const name = `list_${i}`;
  qb.setParameter(name, value);
  return name;
}
