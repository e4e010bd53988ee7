import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { EntityManager } from 'typeorm';
import type { AppConfig } from '../../../config/app-config.js';
import { APP_CONFIG } from '../../../config/config.module.js';
import { SESSION_TOKEN_KEY } from '../../../shared/web/web-plugins.js';
import { UserSessionRepository } from '../infrastructure/persistence/user-session.repository.js';

/** The stored id of a session: SHA-256 of the 256-bit token its cookie carries. */
export const sessionIdOf = (token: string): string => createHash('sha256').update(token).digest('hex');

/** The client as the session records it. */
export interface ClientInfo {
  readonly ip: string;
  readonly userAgent: string;
}

export const clientInfoOf = (request: FastifyRequest): ClientInfo => ({ ip: request.ip, userAgent: String(request.headers['user-agent'] ?? '') });

/**
 * Starts and ends web sessions: a row in user_sessions, referenced from the encrypted session cookie
 * by a random token. Starting a session also replaces the cookie's CSRF secret.
 */
@Injectable()
export class WebSessions {
  constructor(
    private readonly sessions: UserSessionRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async start(request: FastifyRequest, userId: number, options: { secondFactorCompleted: boolean }, manager?: EntityManager): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const id = sessionIdOf(token);
    const client = clientInfoOf(request);
    await this.sessions.create(
      { id, userId, lifetimeSeconds: this.config.cookies.sessionMaxAgeSeconds, ip: client.ip, userAgent: client.userAgent, secondFactorCompleted: options.secondFactorCompleted },
      manager,
    );
    request.session.regenerate();
    request.session.set(SESSION_TOKEN_KEY, token);
    return id;
  }

  /** The stored id of the request's session, if its cookie names one (live or not). */
  currentId(request: FastifyRequest): string | null {
    const token = request.session?.get(SESSION_TOKEN_KEY);
    return typeof token === 'string' && token !== '' ? sessionIdOf(token) : null;
  }

  /** Ends the request's session here and on every instance, and empties its cookie (a new CSRF secret follows). */
  async end(request: FastifyRequest): Promise<void> {
    const id = this.currentId(request);
    if (id) await this.sessions.revoke(id);
    request.session?.regenerate();
  }
}
