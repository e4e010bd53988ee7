import type { WhereExpressionBuilder } from 'typeorm';
import type { InstitutionScope } from '../access/institution-scope.js';
import { describeScope } from '../listing/list-scope.js';

let parameterCounter = 0;

/**
 * The only place the institution-scope predicate is written: `column = :institution` for a
 * one-institution scope, nothing for sys admins. Pass it as the `scope` of a list query, or call it
 * on any query builder before reading. The callback carries a description of itself, so that a list
 * count can come from a row counter.
 */
export function whereInScope(column: string, scope: InstitutionScope): (where: WhereExpressionBuilder) => void {
  const apply = (where: WhereExpressionBuilder) => {
    if (scope.kind === 'all') return;
    const parameter = `scope_institution_${(parameterCounter = (parameterCounter + 1) % 1_000_000)}`;
    where.andWhere(`${column} = :${parameter}`, { [parameter]: scope.institutionId });
  };
  return describeScope(apply, scope.kind === 'all' ? { kind: 'unrestricted' } : { kind: 'equals', column, value: scope.institutionId });
}

/**
 * The same predicate for a prepared statement, whose text cannot vary with the scope: parameter
 * `$n` carries `scopeParameter(scope)`, the institution's id or null for sys admins.
 */
export const scopeCondition = (column: string, n: number): string => `($${n}::int4 IS NULL OR ${column} = $${n})`;

export const scopeParameter = (scope: InstitutionScope): number | null => (scope.kind === 'all' ? null : scope.institutionId);
