import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { isApiPath } from '../http/route-group.js';
import { checkCsrf, checkPublicFormOrigin } from '../web/csrf.js';
import { AccessPolicy } from './access-policy.js';
import {
  AuthenticationRequiredError,
  MissingAuthorizationCheckError,
  PendingStepError,
  PermissionDeniedError,
  ResourceNotFoundError,
} from './access-errors.js';
import { isSysAdmin, type Actor, type PendingStep } from './actor.js';
import { Authenticator } from './authenticator.js';
import { ALLOW_PENDING_KEY, AUTHORIZE_KEY, PUBLIC_KEY, type AuthorizeMetadata } from './authorize.decorator.js';
import { numericIdOf, ResourceOwnership, type LocatedResource } from './resource-ownership.js';
import './request-context.js';

/**
 * The global guard every route passes, in the reference's order: authenticate, hold a session that
 * owes a step (second factor, password change) to the pages of that step, refuse non-admins on the
 * admin API, refuse routes that declare no permission, locate the record the route addresses, check
 * the permission against the institution that owns it (or the one the request names), and last
 * check the CSRF token of cookie-session writes (public web forms: their origin).
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: Authenticator,
    private readonly ownership: ResourceOwnership,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) {
      if (!isApiPath(request.url)) await checkPublicFormOrigin(request);
      return true;
    }

    const actor = await this.authenticator.authenticate(request);
    if (!actor) throw new AuthenticationRequiredError();
    request.actor = actor;
    if (actor.pendingStep && !(this.reflector.getAllAndOverride<PendingStep[]>(ALLOW_PENDING_KEY, targets) ?? []).includes(actor.pendingStep)) {
      throw new PendingStepError(actor.pendingStep);
    }

    const pattern = routePattern(request);
    if (request.url.startsWith('/admin-api/') && !isSysAdmin(actor)) {
      throw new PermissionDeniedError(pattern, 0, 'non-admins must use the member api');
    }
    const declared = this.reflector.getAllAndOverride<AuthorizeMetadata | undefined>(AUTHORIZE_KEY, targets);
    if (!declared) throw new MissingAuthorizationCheckError(request.url);

    const resource = await this.locateResource(request, declared, actor);
    // A record without an owner belongs to no institution (0), as in the reference.
    const institutionId = resource ? (resource.institutionId ?? 0) : (requestedInstitutionId(request) ?? (isSysAdmin(actor) ? 0 : actor.institutionId));
    if (!AccessPolicy.hasPermission(actor, declared.permission, institutionId)) {
      throw new PermissionDeniedError(pattern, institutionId);
    }
    // API-key requests carry a header no other site can set; only cookie sessions need the token.
    if (actor.authMethod === 'session') await checkCsrf(request);
    request.resource = resource;
    return true;
  }

  private async locateResource(request: FastifyRequest, declared: AuthorizeMetadata, actor: Actor): Promise<LocatedResource | undefined> {
    const key = pathResourceKey(request);
    if (key === undefined) return this.locateRequestedId(request, declared);
    const leftToRoute = declared.routeFindsRecord && AccessPolicy.permissionsHoldEverywhere(actor) ? unverifiedResource(declared, key) : undefined;
    if (leftToRoute) {
      request.resourceUnverified = true;
      return leftToRoute;
    }
    const found = await this.ownership.locate(declared.resourceType, key);
    if (found === 'not-found') throw new ResourceNotFoundError(request.url);
    if (found === 'identifier-not-supported') throw new MissingAuthorizationCheckError(request.url);
    return found;
  }

  /** A numeric `id` in the query string or form (e.g. `?id=` on a list) names a record too, as in the reference. */
  private async locateRequestedId(request: FastifyRequest, declared: AuthorizeMetadata): Promise<LocatedResource | undefined> {
    const id = parsedId(requestValue(request, 'id'));
    if (id === 0) return undefined;
    const found = id > 0 && id <= MAX_RECORD_ID ? await this.ownership.locate(declared.resourceType, String(id)) : 'not-found';
    if (found === 'not-found') throw new ResourceNotFoundError(request.url);
    if (found === 'identifier-not-supported') throw new MissingAuthorizationCheckError(request.url);
    return found;
  }
}

/** The largest id of the `integer` id columns; a larger number is left to the guard's lookup, which answers 404 for it. */
const MAX_RECORD_ID = 2_147_483_647;

/** The record a route that finds it itself addresses, as far as the URL tells; undefined when the guard must look it up. */
function unverifiedResource(declared: AuthorizeMetadata, key: string): LocatedResource | undefined {
  const id = numericIdOf(key);
  if (id !== null) return id > 0 && id <= MAX_RECORD_ID ? { type: declared.resourceType, id, institutionId: null } : undefined;
  if (declared.routeFindsRecord === 'id-or-identifier') return { type: declared.resourceType, id: 0, institutionId: null, identifier: key };
  return undefined;
}

/** The route's `:id`, or the whole `*` wildcard tail (identifiers contain slashes), without a leading slash. */
function pathResourceKey(request: FastifyRequest): string | undefined {
  const params = request.params as Record<string, string | undefined>;
  const raw = params.id ?? params['*'];
  if (raw === undefined) return undefined;
  const key = raw.replace(/^\//, '');
  return key === '' ? undefined : key;
}

/**
 * The institution the request names: `institution_id`, else `InstitutionID` (the web user form), from
 * the path, the query string or a form body. As in the reference, an unparsable value counts as none,
 * and any other (a negative one too) is checked like an institution's id.
 */
function requestedInstitutionId(request: FastifyRequest): number | undefined {
  const id = parsedId(requestValue(request, 'institution_id') ?? requestValue(request, 'InstitutionID'));
  return id === 0 ? undefined : id;
}

/** A parameter from the path, else the query string, else a form body (JSON bodies are the handlers' own). */
function requestValue(request: FastifyRequest, name: string): string | undefined {
  const params = request.params as Record<string, string | undefined>;
  const query = request.query as Record<string, string | string[] | undefined>;
  return params[name] ?? firstOf(query[name]) ?? formValue(request, name);
}

function formValue(request: FastifyRequest, name: string): string | undefined {
  if (!request.headers['content-type']?.startsWith('application/x-www-form-urlencoded')) return undefined;
  const body = request.body as Record<string, unknown> | undefined;
  const value = body?.[name];
  return typeof value === 'string' ? value : undefined;
}

/** Go's ParseInt as the reference applies it: an integer within int64, else 0. */
function parsedId(raw: string | undefined): number {
  if (raw === undefined || !/^[+-]?\d{1,18}$/.test(raw)) return 0;
  return Number(raw);
}

const firstOf = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);

/** The matched route pattern, written as the reference writes wildcard routes (`/show/*id`). */
function routePattern(request: FastifyRequest): string {
  const pattern = request.routeOptions.url ?? request.url;
  return pattern.endsWith('/*') ? `${pattern}id` : pattern;
}

