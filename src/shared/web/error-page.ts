import type { FastifyReply, FastifyRequest } from 'fastify';
import { setWebLocals } from './web-locals.js';

const TITLES: Readonly<Record<number, string>> = {
  400: 'The request could not be processed',
  401: 'Please sign in',
  403: 'You do not have access to this page',
  404: 'Page not found',
  405: 'Not supported',
  409: 'This cannot be done right now',
  429: 'Too many requests',
};

/** The page an error page leads on to: a link, which the page follows by itself after `afterSeconds`. */
export interface ErrorPageNext {
  readonly href: string;
  readonly label: string;
  readonly afterSeconds: number;
}

export interface ErrorPageOptions {
  /** Replaces the heading the status gives. */
  readonly heading?: string;
  readonly next?: ErrorPageNext;
}

/** The site's error page (views/errors/show.njk), in the layout, for the signed-in user if any. */
export async function renderErrorPage(request: FastifyRequest, reply: FastifyReply, status: number, message: string, options: ErrorPageOptions = {}): Promise<void> {
  setWebLocals(request, reply);
  const title = options.heading ?? TITLES[status] ?? 'Something went wrong';
  const detail = status >= 500 ? 'An unexpected error occurred. It has been logged; please try again later.' : message;
  const html = await reply.viewAsync('errors/show', { pageTitle: title, status, title, message: detail, next: options.next ?? null });
  await reply.status(status).header('content-type', 'text/html; charset=utf-8').send(html);
}
