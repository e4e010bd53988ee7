import type { FastifyRequest } from 'fastify';
import { CsrfTokenError } from '../access/access-errors.js';
import { routeChangesState } from '../http/route-options.js';

/** The hidden form field and the XHR header that carry the token. */
export const CSRF_FIELD = 'csrf_token';
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE']);

/** An unsafe method, or a route that changes state on GET too (the reference's GET aliases, see AlsoServes). */
export const isStateChanging = (request: FastifyRequest): boolean => !SAFE_METHODS.has(request.method) || routeChangesState(request);

/** Where @fastify/csrf-protection reads the token: the form field, else the header, else (a GET alias) the query string. */
export function csrfTokenOf(request: FastifyRequest): string | undefined {
  const body = request.body as Record<string, unknown> | undefined;
  const field = body && typeof body === 'object' ? body[CSRF_FIELD] : undefined;
  if (typeof field === 'string' && field !== '') return field;
  const header = request.headers[CSRF_HEADER];
  if (header !== undefined) return Array.isArray(header) ? header[0] : header;
  const query = request.query as Record<string, unknown> | undefined;
  const param = query && typeof query === 'object' ? query[CSRF_FIELD] : undefined;
  return typeof param === 'string' && param !== '' ? param : undefined;
}

/**
 * Checks the request's token against the secret in its session cookie (through the plugin's own
 * check, so tokens minted by `reply.generateCsrf()` verify); rejects with CsrfTokenError.
 */
export function verifyCsrf(request: FastifyRequest): Promise<void> {
  const protect = request.server.csrfProtection as unknown as (req: FastifyRequest, reply: unknown, next: () => void) => void;
  if (typeof protect !== 'function') return Promise.reject(new Error('CSRF protection is not installed'));
  return new Promise((resolve, reject) => {
    const failing = { send: () => reject(new CsrfTokenError()) };
    try {
      protect.call(request.server, request, failing, () => resolve());
    } catch {
      reject(new CsrfTokenError());
    }
  });
}
