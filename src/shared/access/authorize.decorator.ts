import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import type { PendingStep } from './actor.js';
import type { Permission } from './permission.js';
import type { ResourceType } from './resource-type.js';

export const AUTHORIZE_KEY = 'registry:authorize';
export const PUBLIC_KEY = 'registry:public';
export const ALLOW_PENDING_KEY = 'registry:allow-pending';

export interface AuthorizeOptions {
  /**
   * The route's own read or write of the record answers NotFoundError when there is none, and
   * needs no more of the record than its id ('id'), or its id or identifier as the URL gives it
   * ('id-or-identifier'). A sys admin's permission holds in every institution, so their requests
   * then skip the ownership lookup: one database round trip less on Preserv's busiest routes. A
   * missing record still answers the guard's 404.
   */
  readonly routeFindsRecord?: 'id' | 'id-or-identifier';
}

export interface AuthorizeMetadata extends AuthorizeOptions {
  readonly permission: Permission;
  readonly resourceType: ResourceType;
}

/**
 * Declares what a route needs: the permission, and the kind of record its `:id` (or `*id`) names.
 * The global AccessGuard enforces it; the OpenAPI document shows it. Routes without it do not serve.
 */
export const Authorize = (permission: Permission, resourceType: ResourceType, options: AuthorizeOptions = {}) =>
  applyDecorators(SetMetadata(AUTHORIZE_KEY, { permission, resourceType, ...options } satisfies AuthorizeMetadata), ApiExtension('x-permission', permission));

/** Marks a route that needs no signed-in user (health, sign-in, static pages). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Lets a session that still owes `steps` reach the route (the pages that finish those steps, and sign-out). */
export const AllowPendingStep = (...steps: PendingStep[]) => SetMetadata(ALLOW_PENDING_KEY, steps);
