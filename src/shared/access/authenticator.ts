import type { FastifyRequest } from 'fastify';
import type { Actor } from './actor.js';

/**
 * Turns a request's credentials into an Actor (or null when it carries none). The identity
 * context provides the implementation; it throws AuthenticationRequiredError for bad credentials.
 */
export abstract class Authenticator {
  abstract authenticate(request: FastifyRequest): Promise<Actor | null>;
}
