import { Catch, HttpException, Injectable, Logger, NotFoundException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  AccessError,
  AuthenticationRequiredError,
  CsrfTokenError,
  MissingAuthorizationCheckError,
  PendingStepError,
  PermissionDeniedError,
  ResourceNotFoundError,
} from '../access/access-errors.js';
import { isSysAdmin, type PendingStep } from '../access/actor.js';
import { Authenticator } from '../access/authenticator.js';
import { DomainError, NotFoundError, type DomainErrorKind } from '../errors/domain-error.js';
import { ListQueryError } from '../listing/index.js';
import { renderErrorPage, type ErrorPageOptions } from '../web/error-page.js';
import { pendingStepUrl, signInUrlFor } from '../web/web-response.js';
import { goJson } from './go-json.js';
import { isApiPath } from './route-group.js';
import { routeWantsJsonErrors } from './route-options.js';

const STATUS_OF_KIND: Readonly<Record<DomainErrorKind, number>> = {
  invalid: 400,
  not_found: 404,
  forbidden: 403,
  conflict: 409,
  not_supported: 405,
  failed_precondition: 500,
};

/** The reference's two JSON error shapes: controller errors and middleware (access) errors. */
export type ControllerErrorBody = { StatusCode: number; Error: string };
export type MiddlewareErrorBody = { error: string };

interface ErrorResponse {
  readonly status: number;
  readonly body: ControllerErrorBody | MiddlewareErrorBody;
}

/**
 * The one place errors become responses. API paths get the reference's JSON bodies. Web paths get
 * the site's error page: for a visitor who is not signed in, the reference's 401 "Please log in",
 * which goes on to the sign-in page (and back afterwards); a session that owes a step is sent to
 * the page of that step (a forced password change: the reference's 401 page, which leads there).
 * Anything unexpected is logged and answered 500 without internals.
 */
@Injectable()
@Catch()
export class ApiErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  constructor(private readonly authenticator: Authenticator) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    // A record the guard left to the route to find answers as if the guard had looked it up.
    if (exception instanceof NotFoundError && request.resourceUnverified) exception = new ResourceNotFoundError(request.url);
    void this.unknownRouteError(exception, request).then((error) => this.send(error ?? exception, request, reply));
  }

  /**
   * An unknown route is not exempt from authentication, as in the reference's middleware: without
   * credentials it answers as any route does (401 on API paths, the sign-in redirect on web paths),
   * and a session that owes a step is held to it. Signed in, an API path answers 403 for a non-admin
   * on the admin API, otherwise 404 "Missing authorization check"; a web path keeps its 404 page.
   * Missing static files are exempt, as the reference's static routes are.
   */
  private async unknownRouteError(exception: unknown, request: FastifyRequest): Promise<AccessError | undefined> {
    if (!(exception instanceof NotFoundException) || request.routeOptions.url !== undefined || isStaticPath(request.url)) return undefined;
    try {
      const actor = await this.authenticator.authenticate(request);
      if (!actor) return new AuthenticationRequiredError();
      request.actor = actor;
      if (!isApiPath(request.url)) return actor.pendingStep ? new PendingStepError(actor.pendingStep) : undefined;
      if (request.url.startsWith('/admin-api/') && !isSysAdmin(actor)) return new PermissionDeniedError(request.url.split('?')[0], 0, 'non-admins must use the member api');
      return new MissingAuthorizationCheckError(request.url);
    } catch (error) {
      return error instanceof AccessError ? error : undefined;
    }
  }

  private send(exception: unknown, request: FastifyRequest, reply: FastifyReply): void {
    const response = this.toResponse(exception, request);
    // API paths, and a web route that answers scripts in JSON (its access errors stay web pages).
    if (isApiPath(request.url) || (routeWantsJsonErrors(request) && !(exception instanceof AccessError))) {
      void reply.status(response.status).header('content-type', 'application/json; charset=utf-8').send(goJson(response.body));
    } else if (exception instanceof PendingStepError && request.actor) {
      this.sendToPendingStep(exception.step, request.actor.userId, request, reply);
    } else if (exception instanceof AuthenticationRequiredError || exception instanceof PendingStepError) {
      this.sendErrorPage(request, reply, 401, PLEASE_LOG_IN_MESSAGE, {
        next: { href: signInUrlFor(request), label: 'Sign in', afterSeconds: PENDING_STEP_REDIRECT_SECONDS },
      });
    } else {
      const heading = exception instanceof CsrfTokenError ? 'This form has expired' : undefined;
      this.sendErrorPage(request, reply, response.status, messageOf(response.body), { heading });
    }
  }

  /**
   * A forced password change answers the reference's 401 page, which leads to the change-password
   * page; the second factor and a required set-up redirect to their pages at once.
   */
  private sendToPendingStep(step: PendingStep, userId: number, request: FastifyRequest, reply: FastifyReply): void {
    const stepUrl = pendingStepUrl(step, userId);
    if (step !== 'password-change') {
      void reply.redirect(stepUrl, 302);
      return;
    }
    this.sendErrorPage(request, reply, 401, FINISH_PASSWORD_CHANGE_MESSAGE, {
      heading: 'Change your password',
      next: { href: stepUrl, label: 'Change your password now', afterSeconds: PENDING_STEP_REDIRECT_SECONDS },
    });
  }

  private sendErrorPage(request: FastifyRequest, reply: FastifyReply, status: number, message: string, options: ErrorPageOptions): void {
    void renderErrorPage(request, reply, status, message, options).catch(() =>
      reply.status(status).header('content-type', 'text/html; charset=utf-8').send(errorPage(status, message)),
    );
  }

  private toResponse(exception: unknown, request: FastifyRequest): ErrorResponse {
    if (exception instanceof AccessError) {
      return exception.status === 401
        ? { status: 401, body: { StatusCode: 401, Error: exception.message } }
        : { status: exception.status, body: { error: exception.message } };
    }
    if (exception instanceof DomainError) return controllerError(STATUS_OF_KIND[exception.kind], exception.message);
    if (exception instanceof ListQueryError) return controllerError(400, exception.message);
    if (exception instanceof HttpException) return controllerError(exception.getStatus(), httpExceptionMessage(exception));
    const databaseError = fromDatabaseError(exception);
    if (databaseError) return databaseError;
    const status = statusOfFrameworkError(exception);
    if (status !== undefined && status < 500) return controllerError(status, (exception as Error).message);
    this.logger.error(`${request.method} ${request.url} failed: ${exception instanceof Error ? exception.stack : String(exception)}`);
    return controllerError(500, 'internal server error');
  }
}

/** api.md §1.6 and §1.8, word for word. */
const PLEASE_LOG_IN_MESSAGE = 'Please log in';
const FINISH_PASSWORD_CHANGE_MESSAGE = 'Please finish changing your password';
/** How long the sign-in and forced-password-change pages show before they go on (the reference's ~2 s). */
const PENDING_STEP_REDIRECT_SECONDS = 2;

const controllerError = (status: number, message: string): ErrorResponse => ({ status, body: { StatusCode: status, Error: message } });

/** Paths of the static files (`/static/*`, `/favicon.ico`): exempt from authentication, so a missing one is a plain 404. */
const isStaticPath = (url: string): boolean => url.startsWith('/static/') || url.startsWith('/favicon');

/**
 * Constraint and data errors PostgreSQL raises for bad input become client errors naming the
 * column, instead of the reference's 500 with the driver's text. Nothing was written: the
 * statement (and its transaction) failed.
 */
function fromDatabaseError(exception: unknown): ErrorResponse | undefined {
  const error = (exception as { driverError?: { code?: string; detail?: string; column?: string; message?: string } } | null)?.driverError;
  if (!error?.code) return undefined;
  const column = error.column ?? /^Key \((.+?)\)=/.exec(error.detail ?? '')?.[1];
  switch (error.code) {
    case '23505':
      return controllerError(409, `${column ?? 'value'} has already been taken`);
    case '23503':
      return controllerError(400, `${column ?? 'a referenced record'} refers to a record that does not exist`);
    case '23502':
      return controllerError(400, `${column ?? 'a required value'} is required`);
    case '22001':
    case '22003':
    case '22P02':
    case '22007':
    case '22008':
      return controllerError(400, `invalid value: ${error.message ?? 'out of range'}`);
    default:
      return undefined;
  }
}

function httpExceptionMessage(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) return message.join('\n');
  return typeof message === 'string' ? message : exception.message;
}

/** Fastify's own errors (malformed JSON, body too large, unsupported media type) carry a statusCode. */
function statusOfFrameworkError(exception: unknown): number | undefined {
  const status = (exception as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : undefined;
}

const messageOf = (body: ControllerErrorBody | MiddlewareErrorBody): string => ('Error' in body ? body.Error : body.error);

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function errorPage(status: number, message: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Registry - Error ${status}</title></head>` +
    `<body><main><h1>Error ${status}</h1><p>${escapeHtml(message)}</p></main></body></html>`;
}
