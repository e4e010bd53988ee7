import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';
import { isApiPath } from './route-group.js';

/**
 * Registers the JSON body parser so that an empty body with `Content-Type: application/json` reads
 * as no body: Preserv sends that header on every request, DELETE and body-less POSTs included.
 * Malformed JSON still fails with a 400. On the APIs a body of any other type, or of none, is read
 * as JSON too, as the reference reads it whatever the header; web pages, and multipart bodies anywhere, keep being refused (415).
 */
export function installJsonBodyParser(app: NestFastifyApplication, bodyLimit: number): void {
  app.useBodyParser('application/json', { bodyLimit }, (_request, body, done) => parseJsonBody(body.toString('utf8'), done));
  const fastify = app.getHttpAdapter().getInstance();
  // Fastify's own text/plain parser would hand the routes a string; the catch-all below reads it instead.
  fastify.removeContentTypeParser('text/plain');
  fastify.addContentTypeParser('*', { parseAs: 'string', bodyLimit }, (request: FastifyRequest, body: string | Buffer, done) => {
    const type = request.headers['content-type'] ?? 'none';
    if (!isApiPath(request.url) || type.startsWith('multipart/')) return done(Object.assign(new Error(`Unsupported media type: ${type}`), { statusCode: 415 }), undefined);
    parseJsonBody(body.toString(), done);
  });
}

function parseJsonBody(text: string, done: (error: Error | null, body?: unknown) => void): void {
  if (text.trim() === '') return done(null, undefined);
  try {
    done(null, JSON.parse(text));
  } catch (error) {
    done(Object.assign(new Error(`Invalid JSON body: ${(error as Error).message}`), { statusCode: 400 }), undefined);
  }
}
