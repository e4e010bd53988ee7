import type { Timestamp } from '../../../shared/time/timestamp.js';

export interface UserDeactivation {
  readonly deactivatedAt: Timestamp | null;
}

/** Soft delete: deactivated_at = now. Users are never hard-deleted. */
export const deactivateUser = (now: Timestamp): UserDeactivation => ({ deactivatedAt: now });

/** Undelete: deactivated_at cleared. */
export const reactivateUser = (): UserDeactivation => ({ deactivatedAt: null });

export const isDeactivated = (user: UserDeactivation): boolean => user.deactivatedAt !== null;
