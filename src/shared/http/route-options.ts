import { FASTIFY_ROUTE_CONFIG_METADATA } from '@nestjs/platform-fastify/constants.js';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/** Other methods a web route also answers on, as the reference's router registered them. */
export type AliasMethod = 'GET' | 'PUT' | 'DELETE';

/** What the decorators below put in the Fastify route config (Nest passes it through). */
interface RegistryRouteConfig {
  /** Served on these methods too, by the same handler. */
  readonly methodAliases?: readonly AliasMethod[];
  /** The route changes state whatever the method: a browser's cross-site GET alias is refused. */
  readonly changesState?: boolean;
  /** Errors the handler raises are answered in the API's JSON shape (a web route called by scripts). */
  readonly jsonErrors?: boolean;
}

/** Adds to the route's Fastify config, keeping what other decorators put there. */
const withRouteConfig = (config: RegistryRouteConfig): MethodDecorator => (_target, _key, descriptor) => {
  const handler = descriptor.value as object;
  const current = (Reflect.getMetadata(FASTIFY_ROUTE_CONFIG_METADATA, handler) as RegistryRouteConfig | undefined) ?? {};
  Reflect.defineMetadata(FASTIFY_ROUTE_CONFIG_METADATA, { ...current, ...config }, handler);
  return descriptor;
};

/**
 * The reference's method aliases of a form route (`PUT, POST /users/edit/:id`, `DELETE, GET
 * /institutions/delete/:id`): one route, one handler, several methods (installMethodAliases does
 * the registering). The route changes state: unsafe methods need the CSRF token of a cookie
 * session, and a browser's cross-site GET is refused (checkCsrf).
 */
export const AlsoServes = (...methods: AliasMethod[]): MethodDecorator => withRouteConfig({ methodAliases: methods, changesState: true });

/** A GET route that changes state, as some of the reference's do: a browser's cross-site request for it is refused (checkCsrf). */
export const ChangesState = (): MethodDecorator => withRouteConfig({ changesState: true });

/** The handler's errors answer as the API's do (`{"StatusCode":…,"Error":…}`); access errors stay web pages. */
export const JsonErrors = (): MethodDecorator => withRouteConfig({ jsonErrors: true });

const configOf = (request: FastifyRequest): RegistryRouteConfig => (request.routeOptions?.config ?? {}) as RegistryRouteConfig;

export const routeChangesState = (request: FastifyRequest): boolean => configOf(request).changesState === true;
export const routeWantsJsonErrors = (request: FastifyRequest): boolean => configOf(request).jsonErrors === true;

/**
 * Registers each route declared with AlsoServes on its extra methods too. Install it before any
 * route is added (and before the route table records them, so the table lists every method).
 */
export function installMethodAliases(fastify: FastifyInstance): void {
  fastify.addHook('onRoute', (route) => {
    const aliases = (route.config as RegistryRouteConfig | undefined)?.methodAliases;
    if (!aliases?.length) return;
    route.method = [...new Set([route.method, aliases].flat())];
  });
}
