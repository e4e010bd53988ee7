import type { FastifyReply, FastifyRequest } from 'fastify';
import { ValidationFailedError } from '../errors/validation-failed.error.js';
import { addFlash } from './flash.js';
import { redirectTo } from './web-response.js';

/**
 * The save step of a form post: when `save` succeeds, a success flash and a 303 redirect; when it
 * fails validation, `rerender` shows the form again with the errors (a 400). Other errors propagate.
 */
export async function submitForm<T>(
  request: FastifyRequest,
  reply: FastifyReply,
  save: () => Promise<T>,
  onSaved: (saved: T) => { readonly flash: string; readonly redirect: string },
  rerender: (error: ValidationFailedError) => Promise<FastifyReply>,
): Promise<FastifyReply> {
  let saved: T;
  try {
    saved = await save();
  } catch (error) {
    if (error instanceof ValidationFailedError) return rerender(error);
    throw error;
  }
  const { flash, redirect } = onSaved(saved);
  addFlash(request, 'success', flash);
  return redirectTo(reply, redirect, 303);
}
