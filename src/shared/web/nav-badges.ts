import type { Actor } from '../access/actor.js';

/**
 * Counts shown next to main navigation links (unread alerts), by the link's href. A context
 * provides one under NAV_BADGE_SOURCE; every signed-in page asks it once, so it must be cheap.
 */
export interface NavBadgeSource {
  badgesFor(actor: Actor): Promise<Readonly<Record<string, number>>>;
}

export const NAV_BADGE_SOURCE = Symbol('NAV_BADGE_SOURCE');
