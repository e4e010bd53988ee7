import type { Actor } from './actor.js';
import type { LocatedResource } from './resource-ownership.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The authenticated caller, set by the AccessGuard. */
    actor?: Actor;
    /** The record the route's id or identifier names, located and authorized by the AccessGuard. */
    resource?: LocatedResource;
    /** Set when the guard left finding the record to the route (Authorize's routeFindsRecord). */
    resourceUnverified?: boolean;
  }
}

export {};
