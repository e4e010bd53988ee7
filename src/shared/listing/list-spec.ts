/**
 * Declarative allow-list of one list endpoint: which query-string filters and sorts it accepts and
 * the SQL column behind each field. Column expressions are written here by developers and are the
 * only SQL that reaches a list query; nothing from the request is ever spliced into SQL.
 */

export const FILTER_OPERATORS = [
  'eq',
  'ne',
  'gt',
  'gteq',
  'lt',
  'lteq',
  'starts_with',
  'contains',
  'in',
  'not_in',
  'is_null',
  'not_null',
] as const;

export type FilterOperator = (typeof FILTER_OPERATORS)[number];

export const FIELD_TYPES = ['string', 'integer', 'number', 'boolean', 'timestamp', 'date'] as const;

/**
 * - `timestamp`: a `timestamp without time zone` column holding UTC; accepts RFC 3339 or YYYY-MM-DD.
 * - `date`: a `date` column; accepts YYYY-MM-DD.
 * - `boolean`: accepts `true` / `false`.
 */
export type FieldType = (typeof FIELD_TYPES)[number];

export type SortDirection = 'asc' | 'desc';

/** Query-string names that are not filters. */
export const RESERVED_PARAMETERS = ['sort', 'page', 'per_page'] as const;

export interface FieldConfig {
  /** SQL expression for the column, e.g. `wi.action` or `wi."user"`. */
  readonly column: string;
  readonly type: FieldType;
  /** Operators accepted as `field__op` (`eq` is also accepted as the bare `field`). */
  readonly filters?: readonly FilterOperator[];
  readonly sortable?: boolean;
}

type SortKey<F extends string> = F | `${F}__asc` | `${F}__desc`;

/** The columns of a row counter in `row_count_deltas` (migration CreateRowCounters). */
export type CounterDimension = 'institution_id' | 'dim_a' | 'dim_b';

/**
 * A trigger-maintained exact row counter of the table behind a list (migration CreateRowCounters:
 * `intellectual_objects` by state, `generic_files` by state, `premis_events` by event_type and
 * outcome, `work_items` by action; each also by institution). When the scope is the institution
 * scope on the `institution_id` field (or none) and every filter is an `eq` on a mapped field,
 * runListQuery takes the count from the counter instead of COUNT(*); the result is the same number.
 *
 * Declare it only when the list reads exactly one row per row of the counted table (a view over it
 * with LEFT JOINs only), and map each field to the dimension that holds that same column:
 *
 * ```ts
 * counter: { name: 'generic_files', institution_id: 'institution_id', dim_a: 'state' },
 * counter: { name: 'premis_events', institution_id: 'institution_id', dim_a: 'event_type', dim_b: 'outcome' },
 * counter: { name: 'work_items', institution_id: 'institution_id', dim_a: 'action', dim_b: 'status' },
 * ```
 */
export interface ListCounterConfig<F extends string> {
  /** `row_count_deltas.counter`: the counted table's name. */
  readonly name: string;
  /** The integer field holding the counted table's `institution_id`. */
  readonly institution_id: F;
  /** The string, integer or boolean fields holding the counter's `dim_a` / `dim_b` columns. */
  readonly dim_a?: F;
  readonly dim_b?: F;
}

export interface ListSpecConfig<F extends string> {
  readonly fields: { readonly [K in F]: FieldConfig };
  /** Applied when the request has no `sort`; `field`, `field__asc` or `field__desc`. */
  readonly defaultSort?: SortKey<NoInfer<F>> | readonly SortKey<NoInfer<F>>[];
  /**
   * Unique column appended to every ORDER BY so that paging is stable, e.g. `wi.id`. When it is a
   * plain `alias.column`, pages after the first are read by it (runListQuery), so it must be unique
   * per row of the list.
   */
  readonly tiebreaker?: string;
  /** Where an exact count can be read without COUNT(*); see ListCounterConfig. */
  readonly counter?: ListCounterConfig<NoInfer<F>>;
}

export interface FieldDefinition {
  readonly name: string;
  readonly column: string;
  readonly type: FieldType;
  readonly filters: readonly FilterOperator[];
  readonly sortable: boolean;
}

/** A checked ListCounterConfig. */
export interface ListCounter {
  readonly name: string;
  /** Spec field name → the counter column holding it. */
  readonly dimensions: ReadonlyMap<string, CounterDimension>;
  /** The field mapped to `institution_id`. */
  readonly institutionField: string;
}

export interface ListSort {
  readonly field: string;
  readonly direction: SortDirection;
}

export interface ListSpec<F extends string = string> {
  readonly fields: ReadonlyMap<F, FieldDefinition>;
  readonly defaultSort: readonly ListSort[];
  readonly tiebreaker: string | undefined;
  /** Every accepted filter key, as the reference lists them (`size__gteq`, `action`, …). */
  readonly filterKeys: readonly string[];
  readonly sortableFields: readonly F[];
  /** Present when the list may take its count from a row counter. */
  readonly counter?: ListCounter;
}

const ORDERING_OPERATORS: readonly FilterOperator[] = ['gt', 'gteq', 'lt', 'lteq'];
const PATTERN_OPERATORS: readonly FilterOperator[] = ['starts_with', 'contains'];
const FIELD_NAME = /^[a-z][a-z0-9_]*$/;

/**
 * Builds and checks a list spec. Mistakes in the declaration (unknown operator, an operator that does
 * not fit the field type, a default sort on a field that is not sortable) throw at module load.
 */
export function defineListSpec<const F extends string>(config: ListSpecConfig<F>): ListSpec<F> {
  const fields = new Map<F, FieldDefinition>();
  const filterKeys: string[] = [];

  for (const name of Object.keys(config.fields) as F[]) {
    const field: FieldConfig = config.fields[name];
    if (!FIELD_NAME.test(name) || name.includes('__')) {
      throw new Error(`List spec: invalid field name "${name}"`);
    }
    if ((RESERVED_PARAMETERS as readonly string[]).includes(name)) {
      throw new Error(`List spec: "${name}" is a reserved query parameter`);
    }
    if (!(FIELD_TYPES as readonly string[]).includes(field.type)) {
      throw new Error(`List spec: field "${name}" has unknown type "${field.type}"`);
    }
    if (!field.column || field.column.trim() === '') {
      throw new Error(`List spec: field "${name}" has no column`);
    }
    const filters = [...new Set(field.filters ?? [])];
    for (const op of filters) {
      if (!(FILTER_OPERATORS as readonly string[]).includes(op)) {
        throw new Error(`List spec: field "${name}" has unknown operator "${op}"`);
      }
      if (PATTERN_OPERATORS.includes(op) && field.type !== 'string') {
        throw new Error(`List spec: operator "${op}" needs a string field, "${name}" is ${field.type}`);
      }
      if (ORDERING_OPERATORS.includes(op) && field.type === 'boolean') {
        throw new Error(`List spec: operator "${op}" does not apply to boolean field "${name}"`);
      }
      filterKeys.push(filterKey(name, op));
    }
    fields.set(name, Object.freeze({ name, column: field.column, type: field.type, filters, sortable: field.sortable === true }));
  }

  const defaultSortKeys: readonly string[] =
    config.defaultSort === undefined ? [] : typeof config.defaultSort === 'string' ? [config.defaultSort] : config.defaultSort;
  const defaultSort = defaultSortKeys.map((key) => {
    const sort = splitSortKey(key);
    const field = sort && fields.get(sort.field as F);
    if (!sort || !field?.sortable) throw new Error(`List spec: default sort "${key}" is not a sortable field`);
    return sort;
  });

  return Object.freeze({
    fields,
    defaultSort,
    tiebreaker: config.tiebreaker,
    filterKeys: Object.freeze(filterKeys.sort()),
    sortableFields: Object.freeze([...fields.values()].filter((f) => f.sortable).map((f) => f.name as F)),
    ...(config.counter ? { counter: checkCounter(config.counter, fields) } : {}),
  });
}

const COUNTER_NAME = /^[a-z][a-z0-9_]*$/;

/**
 * Counter dimensions are text columns written as `column::text` by the triggers, which matches the
 * parsed filter value only for strings, integers and booleans (not timestamps or decimals).
 */
function checkCounter(config: ListCounterConfig<string>, fields: ReadonlyMap<string, FieldDefinition>): ListCounter {
  if (!COUNTER_NAME.test(config.name)) throw new Error(`List spec: invalid counter name "${config.name}"`);
  const dimensions = new Map<string, CounterDimension>();
  for (const dimension of ['institution_id', 'dim_a', 'dim_b'] as const) {
    const name = config[dimension];
    if (name === undefined) continue;
    const field = fields.get(name);
    if (!field) throw new Error(`List spec: counter dimension ${dimension} names unknown field "${name}"`);
    const allowed = dimension === 'institution_id' ? ['integer'] : ['string', 'integer', 'boolean'];
    if (!allowed.includes(field.type)) {
      throw new Error(`List spec: counter dimension ${dimension} cannot be the ${field.type} field "${name}"`);
    }
    if (dimensions.has(name)) throw new Error(`List spec: field "${name}" is mapped to two counter dimensions`);
    dimensions.set(name, dimension);
  }
  return Object.freeze({ name: config.name, dimensions, institutionField: config.institution_id });
}

/** The query-string key of a filter: the bare field name for `eq`, `field__op` otherwise. */
export function filterKey(field: string, op: FilterOperator): string {
  return op === 'eq' ? field : `${field}__${op}`;
}

/**
 * Splits a declared sort, `field`, `field__asc` or `field__desc`; `undefined` when the value has another
 * shape. Strict, for specs; a request's `sort` is read as leniently as the reference reads it (parseListQuery).
 */
export function splitSortKey(value: string): ListSort | undefined {
  const parts = value.split('__');
  if (parts.length > 2 || parts[0] === '') return undefined;
  const direction = parts[1] ?? 'asc';
  if (direction !== 'asc' && direction !== 'desc') return undefined;
  return { field: parts[0], direction };
}
