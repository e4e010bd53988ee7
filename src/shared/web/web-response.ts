import type { FastifyReply, FastifyRequest } from 'fastify';
import type { PendingStep } from '../access/actor.js';
import { rawQueryString, requestPath } from '../http/raw-query.js';
import { addFlash, type FlashMessage } from './flash.js';

/**
 * Renders `template` (under views/, without .njk) with `status`; the layout's data comes from reply.locals.
 * `nextPageFlash` is queued after the render, for the page that follows, as the reference's flash
 * cookie is read by the next page (this one shows the messages queued before it).
 */
export async function renderPage(reply: FastifyReply, template: string, data: Record<string, unknown>, status = 200, nextPageFlash?: FlashMessage): Promise<FastifyReply> {
  const html = await reply.viewAsync(template, data);
  if (nextPageFlash) addFlash(reply.request, nextPageFlash.kind, nextPageFlash.text);
  return reply.status(status).header('content-type', 'text/html; charset=utf-8').send(html);
}

/** 303 after a successful form post (the browser follows with GET), 302 otherwise. */
export function redirectTo(reply: FastifyReply, url: string, status: 302 | 303 = 302): FastifyReply {
  return reply.redirect(url, status);
}

/**
 * A same-site path to return to after signing in: only absolute paths on this host, never
 * `//host` or a scheme, so the parameter cannot send anyone elsewhere.
 */
export function safeReturnPath(value: unknown, fallback = '/dashboard'): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  if (/[\r\n]/.test(value)) return fallback;
  return value;
}

/** `/users/sign_in?requrl=<this page>` for a GET, plain sign-in for anything else. */
export function signInUrlFor(request: FastifyRequest): string {
  if (request.method !== 'GET') return '/users/sign_in';
  const query = rawQueryString(request);
  const original = query ? `${requestPath(request)}?${query}` : requestPath(request);
  return `/users/sign_in?requrl=${encodeURIComponent(original)}`;
}

/** The submitted form fields as strings; of a repeated field the last (a checkbox after its hidden "false"). */
export function formFields(body: unknown): Record<string, string> {
  if (!body || typeof body !== 'object') return {};
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    const last = Array.isArray(value) ? value.at(-1) : value;
    if (typeof last === 'string') fields[key] = last;
    else if (typeof last === 'number' || typeof last === 'boolean') fields[key] = String(last);
  }
  return fields;
}

/** The page that finishes a session's pending step. */
export function pendingStepUrl(step: PendingStep, userId: number): string {
  switch (step) {
    case 'second-factor':
      return '/users/2fa_choose';
    case 'password-change':
      return `/users/change_password/${userId}`;
    case 'two-factor-setup':
      return '/users/2fa_setup';
  }
}
