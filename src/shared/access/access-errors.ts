import type { PendingStep } from './actor.js';

/**
 * What the access guard refuses with. The reference answers these from its middleware with bodies of
 * the form `{"error": "..."}`; the error filter writes them.
 */
export abstract class AccessError extends Error {
  abstract readonly status: 401 | 403 | 404;
}

/** No valid credentials: 401. */
export class AuthenticationRequiredError extends AccessError {
  readonly status = 401;
  constructor() {
    super('API credentials are missing or invalid.');
  }
}

/** A web session that must finish a step (second factor, password change, two-factor set-up) first: 401 on APIs, a redirect on pages. */
export class PendingStepError extends AccessError {
  readonly status = 401;
  constructor(readonly step: PendingStep) {
    super('API credentials are missing or invalid.');
  }
}

/** A state-changing request of a cookie session (or a sign-in form) without a valid CSRF token: 403. */
/** 401, as the reference answers a failed CSRF check. */
export class CsrfTokenError extends AccessError {
  readonly status = 401;
  constructor() {
    super('Invalid or missing CSRF token. Reload the page and try again.');
  }
}

/** A route without a permission declaration, or an identifier where the route takes only ids: 404. */
export class MissingAuthorizationCheckError extends AccessError {
  readonly status = 404;
  constructor(path: string) {
    super(`Missing authorization check for ${path}`);
  }
}

/** The addressed record does not exist: 404. */
export class ResourceNotFoundError extends AccessError {
  readonly status = 404;
  constructor(path: string) {
    super(`Not found: ${path}`);
  }
}

/** The role lacks the permission, or the record belongs to another institution: 403 (the reference does not hide existence). */
export class PermissionDeniedError extends AccessError {
  readonly status = 403;
  constructor(routePattern: string, institutionId: number, detail?: string) {
    super(`Permission denied for ${routePattern} (institution ${institutionId}).${detail ? ` ${detail}` : ''}`);
  }
}
