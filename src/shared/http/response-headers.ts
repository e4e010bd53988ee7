import type { FastifyInstance } from 'fastify';
import { REQUEST_ID_HEADER } from '../observability/request-id.js';

/** api.md §0.2, byte for byte. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; font-src 'self' fonts.gstatic.com; style-src 'self' 'unsafe-inline' fonts.googleapis.com; script-src 'self' 'unsafe-inline'";

export interface ResponseHeaderOptions {
  /** HTTPS_COOKIES: also send Strict-Transport-Security. */
  readonly hsts: boolean;
}

/**
 * Sets the headers every response carries (api.md §0.2) and echoes the request id. Set in the
 * first onRequest hook, so redirects, errors and unknown routes carry them too; a handler that
 * sets its own Cache-Control still wins. @fastify/helmet cannot produce these exact values (it
 * joins CSP directives with ";" and always sends X-XSS-Protection: 0), hence a hook.
 */
export function installResponseHeaders(fastify: FastifyInstance, options: ResponseHeaderOptions): void {
  fastify.addHook('onRequest', async (request, reply) => {
    reply.header(REQUEST_ID_HEADER, request.id);
    if (!isStaticPath(request.routeOptions.url ?? request.url)) {
      reply.header('cache-control', 'no-cache');
      reply.header('pragma', 'no-store');
    }
    if (options.hsts) reply.header('strict-transport-security', 'max-age=31536000');
    reply.header('x-xss-protection', '1');
    reply.header('x-content-type-options', 'nosniff');
    reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
  });
}

const isStaticPath = (path: string): boolean => path.startsWith('/static') || path.startsWith('/favicon');
