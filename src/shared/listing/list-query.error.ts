export type ListQueryProblemKind =
  /** A key the endpoint does not know (reference wording: `Invalid query params: …`). */
  | 'unknown_parameter'
  /** A key that names a known field with a malformed, unknown or disallowed operator. */
  | 'invalid_parameter'
  /** A value that does not parse for the field's type, a `sort` on an unknown field, or a page past the safe offset range. */
  | 'invalid_value';

export interface ListQueryProblem {
  readonly kind: ListQueryProblemKind;
  /** The query-string parameter at fault, e.g. `size__gteq`, `sort`, `per_page`. */
  readonly parameter: string;
  readonly message: string;
}

/**
 * A list request whose query string does not fit the endpoint's spec. Carries every problem found,
 * not only the first; the HTTP layer answers it with 400.
 */
export class ListQueryError extends Error {
  /** The distinct parameter names at fault, in the order they were found. */
  readonly parameters: readonly string[];

  constructor(readonly problems: readonly ListQueryProblem[]) {
    super(describe(problems));
    this.name = 'ListQueryError';
    this.parameters = [...new Set(problems.map((p) => p.parameter))];
  }
}

function describe(problems: readonly ListQueryProblem[]): string {
  const unknown = [...new Set(problems.filter((p) => p.kind === 'unknown_parameter').map((p) => clip(p.parameter)))];
  const parts = unknown.length > 0 ? [`Invalid query params: ${unknown.join(', ')}`] : [];
  for (const p of problems) if (p.kind !== 'unknown_parameter') parts.push(p.message);
  return parts.join('; ');
}

const MAX_SHOWN = 100;

/** Shortens client input quoted in messages, so a huge key or value cannot bloat the error body. */
export function clip(text: string): string {
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}
