import type { FastifyRequest } from 'fastify';
import { CsrfTokenError } from '../access/access-errors.js';
import { routeChangesState } from '../http/route-options.js';

/** The hidden form field and the XHR header that carry the token. */
export const CSRF_FIELD = 'csrf_token';
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE']);

/**
 * The CSRF rule of a cookie-session request: unsafe methods carry the token. The reference's GET
 * aliases (AlsoServes) change state without one, as in the reference, which its scripted clients
 * rely on; a browser's cross-site request for one is refused (the session cookie is SameSite=Strict
 * as well, so such a request arrives signed out anyway).
 */
export async function checkCsrf(request: FastifyRequest): Promise<void> {
  if (!SAFE_METHODS.has(request.method)) return verifyCsrf(request);
  if (routeChangesState(request) && isCrossSiteBrowserRequest(request)) throw new CsrfTokenError();
}

/**
 * The auth-exempt forms (sign-in, forgot password, password reset) take no token, as in the
 * reference (a script signs in with a plain form post); a browser's cross-site post to them is
 * refused, which keeps other sites from signing a visitor into an account of theirs.
 */
export async function checkPublicFormOrigin(request: FastifyRequest): Promise<void> {
  if (!SAFE_METHODS.has(request.method) && isCrossSiteBrowserRequest(request)) throw new CsrfTokenError();
}

/** `Sec-Fetch-Site` as browsers send it; scripts send none. */
function isCrossSiteBrowserRequest(request: FastifyRequest): boolean {
  const site = request.headers['sec-fetch-site'];
  return site === 'cross-site' || site === 'same-site';
}

/** Where @fastify/csrf-protection reads the token: the form field, else the header. */
export function csrfTokenOf(request: FastifyRequest): string | undefined {
  const body = request.body as Record<string, unknown> | undefined;
  const field = body && typeof body === 'object' ? body[CSRF_FIELD] : undefined;
  if (typeof field === 'string' && field !== '') return field;
  const header = request.headers[CSRF_HEADER];
  return Array.isArray(header) ? header[0] : header;
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
