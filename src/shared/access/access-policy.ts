import { isSysAdmin, type Actor } from './actor.js';
import { ALL_INSTITUTIONS, onlyInstitution, type InstitutionScope } from './institution-scope.js';
import type { Permission } from './permission.js';
import { roleHasPermission } from './role-permissions.js';

/**
 * The single place that decides who may do what to which institution's data. Sys admins hold
 * their role's permissions everywhere; everyone else only within their own institution.
 */
export const AccessPolicy = {
  hasPermission(actor: Actor, permission: Permission, institutionId: number | null): boolean {
    if (!roleHasPermission(actor.role, permission)) return false;
    return AccessPolicy.permissionsHoldEverywhere(actor) || (institutionId !== null && institutionId === actor.institutionId);
  },

  /** Whether the actor's permissions hold whatever institution owns the record, so a check needs no owner. */
  permissionsHoldEverywhere(actor: Actor): boolean {
    return isSysAdmin(actor);
  },

  /** The institutions whose rows the actor may read or write; every query is intersected with it. */
  scopeFor(actor: Actor): InstitutionScope {
    return AccessPolicy.permissionsHoldEverywhere(actor) ? ALL_INSTITUTIONS : onlyInstitution(actor.institutionId);
  },
} as const;
