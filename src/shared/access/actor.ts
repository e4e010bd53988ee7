import type { Role } from './role-permissions.js';

/** Who is calling: the authenticated user, as every use case receives it. */
export interface Actor {
  readonly userId: number;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly institutionId: number;
  readonly authMethod: 'api-key' | 'session';
}

export const isSysAdmin = (actor: Actor): boolean => actor.role === 'admin';
