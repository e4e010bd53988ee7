import type { Role } from './role-permissions.js';

/** Who is calling: the authenticated user, as every use case receives it. */
export interface Actor {
  readonly userId: number;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly institutionId: number;
  readonly authMethod: 'api-key' | 'session';
  /** Web sessions only: the step the session must finish before it may use anything else. */
  readonly pendingStep?: PendingStep;
}

/**
 * What a signed-in session may still owe: the second factor of this sign-in, a password change
 * (forced by an admin or after a reset), or setting up two-factor sign-in that policy requires.
 */
export const PENDING_STEPS = ['second-factor', 'password-change', 'two-factor-setup'] as const;
export type PendingStep = (typeof PENDING_STEPS)[number];

export const isSysAdmin = (actor: Actor): boolean => actor.role === 'admin';
