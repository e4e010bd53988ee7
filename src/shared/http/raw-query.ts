import type { FastifyRequest } from 'fastify';

/** The request's query string exactly as sent (the list kernel decodes it with URLSearchParams rules, `+` = space). */
export function rawQueryString(request: FastifyRequest): string {
  const index = request.url.indexOf('?');
  return index === -1 ? '' : request.url.slice(index + 1);
}

/** The request path without the query string. */
export function requestPath(request: FastifyRequest): string {
  const index = request.url.indexOf('?');
  return index === -1 ? request.url : request.url.slice(0, index);
}
