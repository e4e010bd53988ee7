import type { FastifyRequest } from 'fastify';
import { FLASH_SESSION } from './web-plugins.js';

export type FlashKind = 'success' | 'info' | 'warning' | 'error';

export interface FlashMessage {
  readonly kind: FlashKind;
  readonly text: string;
}

type FlashSession = { get(key: string): unknown; set(key: string, value: unknown): void };

const flashSessionOf = (request: FastifyRequest): FlashSession | undefined =>
  (request as unknown as Record<string, FlashSession | undefined>)[FLASH_SESSION];

/** Queues a one-shot message for the next page this browser sees (kept in the flash cookie). */
export function addFlash(request: FastifyRequest, kind: FlashKind, text: string): void {
  const session = flashSessionOf(request);
  if (!session) return;
  const pending = (session.get('messages') as FlashMessage[] | undefined) ?? [];
  session.set('messages', [...pending, { kind, text }]);
}

/** The queued messages, removed from the cookie: called when a page renders. */
export function takeFlash(request: FastifyRequest): FlashMessage[] {
  const session = flashSessionOf(request);
  const pending = (session?.get('messages') as FlashMessage[] | undefined) ?? [];
  if (pending.length > 0) session!.set('messages', undefined);
  return pending;
}
