import type { WhereExpressionBuilder } from 'typeorm';

/**
 * What a scope callback restricts, when it is as simple as `column = value` (or nothing at all).
 * The count of a list may then come from a row counter instead of COUNT(*) (see ListCounterConfig).
 */
export type ScopeDescription =
  | { readonly kind: 'unrestricted' }
  | { readonly kind: 'equals'; readonly column: string; readonly value: number };

export type ListScope = (where: WhereExpressionBuilder) => void;

const DESCRIPTION = Symbol('list scope description');

type DescribedScope = ListScope & { readonly [DESCRIPTION]?: ScopeDescription };

/** Returns `apply` marked with what it restricts. The description must be exactly what `apply` adds. */
export function describeScope(apply: ListScope, description: ScopeDescription): ListScope {
  return Object.assign((where: WhereExpressionBuilder) => apply(where), { [DESCRIPTION]: description });
}

/** The description of a scope made by describeScope; `undefined` for any other callback. */
export function scopeDescription(scope: ListScope): ScopeDescription | undefined {
  return (scope as DescribedScope)[DESCRIPTION];
}
