import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../access/actor.js';
import '../access/request-context.js';
import { requestPath } from '../http/raw-query.js';
import { takeFlash } from './flash.js';
import './request-context.js';
import { navigationFor, type NavItem } from './navigation.js';
import { roleLabel } from './template-filters.js';

export interface WebUser {
  readonly id: number;
  readonly name: string;
  readonly email: string;
  readonly role: string;
  readonly roleLabel: string;
  readonly institutionId: number;
}

const toWebUser = (actor: Actor): WebUser => ({
  id: actor.userId,
  name: actor.name,
  email: actor.email,
  role: actor.role,
  roleLabel: roleLabel(actor.role),
  institutionId: actor.institutionId,
});

/**
 * What every page's layout reads: the signed-in user and the navigation (none while the session
 * still owes a step), a CSRF token and the flash messages. Token and flash are taken only when a
 * page actually renders, so a redirect keeps the messages for the page it leads to.
 */
export function setWebLocals(request: FastifyRequest, reply: FastifyReply): void {
  const actor = request.actor;
  const path = requestPath(request);
  const signedIn = actor !== undefined && actor.authMethod === 'session';
  const locals: Record<string, unknown> = (reply.locals ??= {});
  locals.currentUser = signedIn ? toWebUser(actor) : null;
  locals.nav = signedIn && !actor.pendingStep ? navigationFor(actor, path) : [];
  locals.pendingStep = signedIn ? (actor.pendingStep ?? null) : null;
  locals.requestPath = path;
  let csrfToken: string | undefined;
  let flash: unknown;
  Object.defineProperty(locals, 'csrfToken', { enumerable: true, configurable: true, get: () => (csrfToken ??= reply.generateCsrf()) });
  Object.defineProperty(locals, 'flash', { enumerable: true, configurable: true, get: () => (flash ??= takeFlash(request)) });
}

/** Puts counts next to the navigation links they belong to (by href), e.g. unread alerts. */
export function setNavBadges(reply: FastifyReply, counts: Readonly<Record<string, number>>): void {
  const locals: Record<string, unknown> = (reply.locals ??= {});
  const nav = (locals.nav as readonly NavItem[] | undefined) ?? [];
  locals.nav = nav.map((item) => (counts[item.href] ? { ...item, badge: counts[item.href] } : item));
}
