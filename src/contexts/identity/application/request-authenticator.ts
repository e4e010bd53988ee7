import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../../shared/access/actor.js';
import { Authenticator } from '../../../shared/access/authenticator.js';
import { ApiKeyAuthenticator } from './api-key-authenticator.js';
import { SessionAuthenticator } from './session-authenticator.js';

/** Authenticates by API key when both API headers are present, otherwise by the session cookie. */
@Injectable()
export class RequestAuthenticator extends Authenticator {
  constructor(
    private readonly apiKeys: ApiKeyAuthenticator,
    private readonly sessions: SessionAuthenticator,
  ) {
    super();
  }

  async authenticate(request: FastifyRequest): Promise<Actor | null> {
    if (ApiKeyAuthenticator.presentIn(request)) return this.apiKeys.authenticate(request);
    return this.sessions.authenticate(request);
  }
}
