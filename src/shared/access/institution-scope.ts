/** Which institutions' rows a query may touch: all of them (sys admins) or exactly one. */
export type InstitutionScope = { readonly kind: 'all' } | { readonly kind: 'institution'; readonly institutionId: number };

export const ALL_INSTITUTIONS: InstitutionScope = { kind: 'all' };
export const onlyInstitution = (institutionId: number): InstitutionScope => ({ kind: 'institution', institutionId });

export const scopeAllows = (scope: InstitutionScope, institutionId: number | null): boolean =>
  scope.kind === 'all' || scope.institutionId === institutionId;
