import { toQueryParams, type QueryParams, type RawQuery } from './list-query.js';
import type { Page } from './page.js';

/**
 * The list response body. Deployed clients read `results`; the published member-API YAML documents
 * `items`. Both carry the same array.
 */
export interface ListEnvelope<T> {
  readonly count: number;
  /** Path and query of the next page, or `""`. */
  readonly next: string;
  /** Path and query of the previous page, or `""`. */
  readonly previous: string;
  readonly results: readonly T[];
  readonly items: readonly T[];
}

/**
 * Builds the envelope for `page`. `path` is the request path (a query part, as in Fastify's
 * `request.url`, is ignored; see linkPath for a trailing slash); `rawQuery` the request's query, from
 * which the links keep every parameter, with `per_page` set to the effective size and `page` replaced.
 */
export function toListEnvelope<T>(page: Page<T>, path: string, rawQuery: RawQuery): ListEnvelope<T> {
  const basePath = linkPath(path);
  const params = toQueryParams(rawQuery);
  const link = (n: number) => `${basePath}?${encodeQuery(params, { page: String(n), per_page: String(page.perPage) })}`;
  return {
    count: page.count,
    next: page.count > page.offset + page.items.length ? link(page.page + 1) : '',
    previous: page.page > 1 ? link(page.page - 1) : '',
    results: page.items,
    items: page.items,
  };
}

/**
 * The path of the links: the request path without its query and without one trailing slash (except
 * the root), so a request to `/admin-api/v3/objects/?…`, as Preserv sends it, links to the list's own
 * path `/admin-api/v3/objects?…`.
 */
function linkPath(path: string): string {
  const withoutQuery = path.split('?', 1)[0];
  return withoutQuery.length > 1 && withoutQuery.endsWith('/') ? withoutQuery.slice(0, -1) : withoutQuery;
}

/**
 * Encodes like Go's `url.Values.Encode`, which the reference uses for these links: keys sorted
 * bytewise, a repeated key's values in request order, and `QueryEscape` (space → `+`, only
 * `A-Z a-z 0-9 - _ . ~` left as they are).
 */
export function encodeQuery(params: QueryParams, overrides: Readonly<Record<string, string>> = {}): string {
  const grouped = new Map<string, string[]>();
  for (const [key, value] of params) {
    if (Object.hasOwn(overrides, key)) continue;
    const values = grouped.get(key);
    if (values) values.push(value);
    else grouped.set(key, [value]);
  }
  for (const [key, value] of Object.entries(overrides)) grouped.set(key, [value]);

  const keys = [...grouped.keys()].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  return keys.flatMap((key) => grouped.get(key)!.map((value) => `${queryEscape(key)}=${queryEscape(value)}`)).join('&');
}

function queryEscape(text: string): string {
  return encodeURIComponent(toWellFormed(text))
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+');
}

/** encodeURIComponent throws on lone surrogates; they become U+FFFD, as a UTF-8 encoder would write them. */
function toWellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}
