import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Actor } from './actor.js';
import type { LocatedResource } from './resource-ownership.js';
import './request-context.js';

/** The authenticated caller (the AccessGuard has set it on every non-public route). */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const actor = context.switchToHttp().getRequest<FastifyRequest>().actor;
  if (!actor) throw new Error('CurrentActor used on a route without @Authorize');
  return actor;
});

/** The record the route's id or identifier names, located and authorized by the AccessGuard. */
export const AuthorizedResource = createParamDecorator((_: unknown, context: ExecutionContext): LocatedResource => {
  const resource = context.switchToHttp().getRequest<FastifyRequest>().resource;
  if (!resource) throw new Error('AuthorizedResource used on a route without an :id or * parameter');
  return resource;
});
