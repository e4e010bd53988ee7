import { InvalidTimestampError, parseClientTimestamp, ZERO_TIME } from '../time/timestamp.js';
import { clip, ListQueryError, type ListQueryProblem } from './list-query.error.js';
import {
  FILTER_OPERATORS,
  filterKey,
  splitSortKey,
  type FieldDefinition,
  type FieldType,
  type FilterOperator,
  type ListSort,
  type ListSpec,
} from './list-spec.js';

export const DEFAULT_PER_PAGE = 20;
/** Larger `per_page` values are lowered to this, as the reference does. */
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
   * every value for `in` / `not_in`, and the boolean for `is_null` / `not_null`.
   */
  readonly values: readonly FilterValue[];
}

export interface ListQuery {
  readonly filters: readonly ListFilter[];
  /** The requested sorts, or the spec's default when the request has none. */
  readonly sorts: readonly ListSort[];
  readonly sortIsDefault: boolean;
  readonly page: number;
  /** The effective page size (default applied, capped at MAX_PER_PAGE). */
  readonly perPage: number;
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
 * every problem found.
 */
export function parseListQuery(raw: RawQuery, spec: ListSpec, options: ParseListQueryOptions = {}): ListQuery {
  const rejectUnknown = (options.unknownParameters ?? 'reject') === 'reject';
  const problems: ListQueryProblem[] = [];
  const filters: ListFilter[] = [];
  let sorts: ListSort[] = [];
  let page = 1;
  let perPage = options.defaultPerPage ?? DEFAULT_PER_PAGE;
  let pageInput: string | undefined;

  for (const [key, values] of groupByKey(toQueryParams(raw))) {
    switch (key) {
      case 'sort':
        sorts = parseSorts(values, spec, problems);
        break;
      case 'page': {
        const n = parsePositiveInteger(key, values[0], problems);
        if (n !== undefined) [page, pageInput] = [n, values[0]];
        break;
      }
      case 'per_page': {
        const n = parsePositiveInteger(key, values[0], problems);
        if (n !== undefined) perPage = Math.min(n, MAX_PER_PAGE);
        break;
      }
      default: {
        const target = resolveFilterKey(key, spec, problems, rejectUnknown);
        if (!target) break;
        const filter = parseFilter(key, target.field, target.op, values, problems);
        if (filter) filters.push(filter);
      }
    }
  }

  const offset = (page - 1) * perPage;
  if (!Number.isSafeInteger(offset)) {
    problems.push(invalidValue('page', pageInput ?? String(page), 'is too large'));
  }
  if (problems.length > 0) throw new ListQueryError(problems);

  const sortIsDefault = sorts.length === 0;
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
  const inputs = op === 'in' || op === 'not_in' ? rawValues : rawValues.slice(0, 1);
  const type: FieldType = op === 'is_null' || op === 'not_null' ? 'boolean' : field.type;
  const values: FilterValue[] = [];
  for (const input of inputs) {
    const parsed = parseValue(type, input);
    if (typeof parsed === 'object') problems.push(invalidValue(key, input, parsed.reason));
    else values.push(parsed);
  }
  return values.length === inputs.length ? { key, field: field.name, op, values } : undefined;
}

function parseSorts(values: readonly string[], spec: ListSpec, problems: ListQueryProblem[]): ListSort[] {
  const sorts: ListSort[] = [];
  for (const value of values) {
    if (value === '') {
      problems.push(invalidValue('sort', value, 'is empty'));
      continue;
    }
    const sort = splitSortKey(value);
    if (!sort) {
      problems.push(invalidValue('sort', value, 'is not field, field__asc or field__desc'));
    } else if (!spec.fields.get(sort.field)?.sortable) {
      problems.push(invalidValue('sort', value, `is not a sortable field (sortable: ${spec.sortableFields.join(', ')})`));
    } else if (sorts.some((s) => s.field === sort.field)) {
      problems.push(invalidValue('sort', value, `sorts on ${sort.field} a second time`));
    } else {
      sorts.push(sort);
    }
  }
  return sorts;
}

/** `page` and `per_page`: an empty value means "not given". */
function parsePositiveInteger(key: string, input: string, problems: ListQueryProblem[]): number | undefined {
  if (input === '') return undefined;
  const n = /^\d+$/.test(input) ? Number(input) : NaN;
  if (Number.isSafeInteger(n) && n >= 1) return n;
  problems.push(invalidValue(key, input, /^\d+$/.test(input) && n >= 1 ? 'is too large' : 'is not a positive integer'));
  return undefined;
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
