import type { FastifyInstance } from 'fastify';

export interface RegisteredRoute {
  readonly method: string;
  readonly url: string;
}

const ROUTES = Symbol('registry routes');

/**
 * Records every route the Fastify instance gets (Nest controllers, static files, API docs), in the
 * order they are added. Installed before anything registers a route, so nothing is missed; the
 * access-matrix test reads it to check that each route has an expected outcome for each persona.
 */
export function recordRoutes(fastify: FastifyInstance): void {
  const routes: RegisteredRoute[] = [];
  (fastify as unknown as Record<symbol, RegisteredRoute[]>)[ROUTES] = routes;
  fastify.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routes.push({ method, url: route.url });
  });
}

export function registeredRoutes(fastify: FastifyInstance): readonly RegisteredRoute[] {
  return (fastify as unknown as Record<symbol, RegisteredRoute[]>)[ROUTES] ?? [];
}
