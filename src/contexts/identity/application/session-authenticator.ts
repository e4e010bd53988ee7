import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../../shared/access/actor.js';
import { ROLES, type Role } from '../../../shared/access/role-permissions.js';
import { nowTimestamp } from '../../../shared/time/timestamp.js';
import { pendingStepOf } from '../domain/session-access.rules.js';
import { UserSessionRepository, type ActiveSessionRow } from '../infrastructure/persistence/user-session.repository.js';
import { WebSessions } from './web-sessions.js';

/**
 * Cookie-session authentication: the cookie's token must name a live session row of an active user.
 * Revoked, expired or unknown sessions and deactivated users count as no session at all. The
 * actor carries the step the session still owes, if any.
 */
@Injectable()
export class SessionAuthenticator {
  constructor(
    private readonly sessions: UserSessionRepository,
    private readonly webSessions: WebSessions,
  ) {}

  async authenticate(request: FastifyRequest): Promise<Actor | null> {
    const session = await this.activeSession(request);
    if (!session) return null;
    await this.sessions.touch(session.id);
    return {
      userId: session.userId,
      email: session.email,
      name: session.name ?? '',
      role: (ROLES as readonly string[]).includes(session.role) ? (session.role as Role) : 'none',
      institutionId: session.institutionId!,
      authMethod: 'session',
      pendingStep: pendingStepOf(session, nowTimestamp()),
    };
  }

  /** The request's live session and its user, or null. */
  async activeSession(request: FastifyRequest): Promise<ActiveSessionRow | null> {
    const id = this.webSessions.currentId(request);
    if (!id) return null;
    const session = await this.sessions.findActive(id);
    if (!session || session.deactivatedAt !== null || session.institutionId === null) return null;
    return session;
  }
}
