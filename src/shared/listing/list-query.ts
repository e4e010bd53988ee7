import { InvalidTimestampError, parseClientTimestamp, ZERO_TIME } from '../time/timestamp.js';
import { clip, ListQueryError, type ListQueryProblem } from './list-query.error.js';
import {
  FILTER_OPERATORS,
  filterKey,
  type FieldDefinition,
  type FieldType,
  type FilterOperator,
  type ListSort,
  type ListSpec,
} from './list-spec.js';

export const DEFAULT_PER_PAGE = 20;
/** Larger `per_page` values are lowered to this for the LIMIT, as the reference does. */
export const MAX_PER_PAGE = 1000;

/**
 * A query string in any of the forms the HTTP layer has at hand: Fastify's parsed `request.query`
 * (already percent- and `+`-decoded, repeated keys as arrays), a `URLSearchParams`, or the raw string
 * (decoded with URLSearchParams rules, so `+` is a space).
 */
export type RawQuery = string | URLSearchParams | Readonly<Record<string, string | readonly string[] | undefined>>;

/** Decoded key/value pairs in request order; a repeated key appears once per value. */
export type QueryParams = readonly (readonly [key: string, value: string])[];

/**
 * A filter value after parsing: strings as sent, integers and numbers as numbers, booleans, timestamps
 * in canonical UTC form (see time/timestamp.ts), dates as `YYYY-MM-DD`.
 */
export type FilterValue = string | number | boolean;

export interface ListFilter {
  /** The key as sent, e.g. `size__gteq` or `action`. */
  readonly key: string;
  readonly field: string;
  readonly op: FilterOperator;
  /**
   * One value for the comparison and pattern operators (the first one sent, as the reference does),
   * every value for `in` / `not_in`, and the boolean for `is_null` / `not_null` (a value other than
   * true / false applies no condition, as in the reference, so no filter is made for it).
   */
  readonly values: readonly FilterValue[];
}

export interface ListQuery {
  readonly filters: readonly ListFilter[];
  /**
   * The requested sorts in request order (a field may come twice, as the reference allows; only its
   * first occurrence can change the order), or the spec's default when the request has none.
   */
  readonly sorts: readonly ListSort[];
  readonly sortIsDefault: boolean;
  /** The page asked for; 1 when `page` is missing, unparsable, zero or negative. */
  readonly page: number;
  /**
   * The effective page size, the LIMIT: `per_page`, or the default when it is missing, unparsable,
   * zero or negative, capped at MAX_PER_PAGE.
   */
  readonly perPage: number;
  /**
   * (page − 1) × the requested page size before the cap, as the reference computes it: `page=2&per_page=5000`
   * skips 5000 rows and reads 1000.
   */
  readonly offset: number;
}

export interface ParseListQueryOptions {
  /**
   * `reject` (APIs, default): keys that are not in the spec are errors.
   * `ignore` (web pages, as the reference's UI does): such keys are skipped; bad values still fail.
   */
  readonly unknownParameters?: 'reject' | 'ignore';
  readonly defaultPerPage?: number;
}

export function toQueryParams(raw: RawQuery): QueryParams {
  if (typeof raw === 'string') return [...new URLSearchParams(raw)];
  if (raw instanceof URLSearchParams) return [...raw];
  const params: [string, string][] = [];
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    if (typeof value === 'string') params.push([key, value]);
    else for (const v of value) params.push([key, String(v)]);
  }
  return params;
}

/**
 * Parses and validates a list request against the endpoint's spec. Throws ListQueryError listing
 * every problem found. Paging never fails (api.md §4.2): a `page` or `per_page` that is not a
 * positive integer falls back to page 1 or the default size.
 */
export function parseListQuery(raw: RawQuery, spec: ListSpec, options: ParseListQueryOptions = {}): ListQuery {
  const rejectUnknown = (options.unknownParameters ?? 'reject') === 'reject';
  const problems: ListQueryProblem[] = [];
  const filters: ListFilter[] = [];
  let sorts: ListSort[] = [];
  let page = 1;
  let requestedPerPage = options.defaultPerPage ?? DEFAULT_PER_PAGE;

  for (const [key, values] of groupByKey(toQueryParams(raw))) {
    switch (key) {
      case 'sort':
        sorts = parseSorts(values, spec, problems);
        break;
      case 'page':
        page = parsePositiveInteger(values[0]) ?? page;
        break;
      case 'per_page':
        requestedPerPage = parsePositiveInteger(values[0]) ?? requestedPerPage;
        break;
      default: {
        const target = resolveFilterKey(key, spec, problems, rejectUnknown);
        if (!target) break;
        const filter = parseFilter(key, target.field, target.op, values, problems);
        if (filter) filters.push(filter);
      }
    }
  }

  const offset = (page - 1) * requestedPerPage;
  if (!Number.isSafeInteger(offset)) {
    problems.push(invalidValue('page', String(page), 'is too large'));
  }
  if (problems.length > 0) throw new ListQueryError(problems);

  const sortIsDefault = sorts.length === 0;
  const perPage = Math.min(requestedPerPage, MAX_PER_PAGE);
  return { filters, sorts: sortIsDefault ? spec.defaultSort : sorts, sortIsDefault, page, perPage, offset };
}

function groupByKey(params: QueryParams): Map<string, string[]> {
  const grouped = new Map<string, string[]>();
  for (const [key, value] of params) {
    const values = grouped.get(key);
    if (values) values.push(value);
    else grouped.set(key, [value]);
  }
  return grouped;
}

function resolveFilterKey(
  key: string,
  spec: ListSpec,
  problems: ListQueryProblem[],
  rejectUnknown: boolean,
): { field: FieldDefinition; op: FilterOperator } | undefined {
  const [name, op = 'eq', ...rest] = key.split('__');
  const field = spec.fields.get(name);
  let problem: ListQueryProblem | undefined;
  if (!field || field.filters.length === 0) {
    problem = { kind: 'unknown_parameter', parameter: key, message: `Unknown query param: ${clip(key)}` };
  } else if (rest.length > 0) {
    problem = invalidParameter(key, 'is not a field__operator key');
  } else if (!isFilterOperator(op)) {
    problem = invalidParameter(key, `has an unknown operator "${clip(op)}"`);
  } else if (!field.filters.includes(op)) {
    const allowed = field.filters.map((o) => filterKey(field.name, o)).join(', ');
    problem = invalidParameter(key, `operator "${op}" is not allowed on ${field.name} (allowed: ${allowed})`);
  } else {
    return { field, op };
  }
  if (rejectUnknown) problems.push(problem);
  return undefined;
}

function parseFilter(
  key: string,
  field: FieldDefinition,
  op: FilterOperator,
  rawValues: readonly string[],
  problems: ListQueryProblem[],
): ListFilter | undefined {
  if (rawValues.every((v) => v === '')) return undefined;
  if (op === 'is_null' || op === 'not_null') {
    const value = parseValue('boolean', rawValues[0]);
    // As in the reference (api.md §4.5), a value other than true / false applies no condition.
    return typeof value === 'boolean' ? { key, field: field.name, op, values: [value] } : undefined;
  }
  const inputs = op === 'in' || op === 'not_in' ? rawValues : rawValues.slice(0, 1);
  const values: FilterValue[] = [];
  for (const input of inputs) {
    const parsed = parseValue(field.type, input);
    if (typeof parsed === 'object') problems.push(invalidValue(key, input, parsed.reason));
    else values.push(parsed);
  }
  return values.length === inputs.length ? { key, field: field.name, op, values } : undefined;
}

/**
 * `field`, `field__asc` or `field__desc`, as the reference reads them: the text before the first `__`
 * is the field, which must be sortable; the direction is `desc` only when the part after it is exactly
 * `desc`, otherwise (missing, `up`, `DESC`) it is `asc`. A field may be sorted more than once.
 */
function parseSorts(values: readonly string[], spec: ListSpec, problems: ListQueryProblem[]): ListSort[] {
  const sorts: ListSort[] = [];
  for (const value of values) {
    const [field, direction] = value.split('__');
    if (value === '') {
      problems.push(invalidValue('sort', value, 'is empty'));
    } else if (!spec.fields.get(field)?.sortable) {
      problems.push(invalidValue('sort', value, `is not a sortable field (sortable: ${spec.sortableFields.join(', ')})`));
    } else {
      sorts.push({ field, direction: direction === 'desc' ? 'desc' : 'asc' });
    }
  }
  return sorts;
}

/**
 * `page` and `per_page`: a decimal integer with an optional sign, as Go's strconv.Atoi reads it;
 * `undefined` when it is missing, unparsable (also beyond the safe integer range), zero or negative.
 */
function parsePositiveInteger(input: string): number | undefined {
  if (!/^[+-]?\d+$/.test(input)) return undefined;
  const n = Number(input);
  return Number.isSafeInteger(n) && n >= 1 ? n : undefined;
}

type Parsed = FilterValue | { readonly reason: string };

function parseValue(type: FieldType, input: string): Parsed {
  switch (type) {
    case 'string':
      return input;
    case 'integer': {
      if (!/^-?\d+$/.test(input)) return { reason: 'is not an integer' };
      const n = Number(input);
      return Number.isSafeInteger(n) ? n : { reason: 'is out of range' };
    }
    case 'number': {
      const n = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(input) ? Number(input) : NaN;
      return Number.isFinite(n) ? n : { reason: 'is not a number' };
    }
    case 'boolean': {
      const lower = input.toLowerCase();
      return lower === 'true' ? true : lower === 'false' ? false : { reason: 'must be true or false' };
    }
    case 'timestamp':
      try {
        return parseClientTimestamp(input) ?? ZERO_TIME;
      } catch (err) {
        if (err instanceof InvalidTimestampError) return { reason: 'is not an RFC 3339 timestamp or a YYYY-MM-DD date' };
        throw err;
      }
    case 'date':
      return isCalendarDate(input) ? input : { reason: 'is not a YYYY-MM-DD date' };
  }
}

function isCalendarDate(input: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(2000, mo - 1, d));
  date.setUTCFullYear(y);
  return y >= 1 && date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function isFilterOperator(op: string): op is FilterOperator {
  return (FILTER_OPERATORS as readonly string[]).includes(op);
}

function invalidParameter(key: string, reason: string): ListQueryProblem {
  return { kind: 'invalid_parameter', parameter: key, message: `Invalid query param ${clip(key)}: ${reason}` };
}

function invalidValue(key: string, input: string, reason: string): ListQueryProblem {
  return { kind: 'invalid_value', parameter: key, message: `Invalid value for ${key}: ${JSON.stringify(clip(input))} ${reason}` };
}
