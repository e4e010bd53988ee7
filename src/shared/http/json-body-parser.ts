import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/**
 * Registers the JSON body parser so that an empty body with `Content-Type: application/json` reads
 * as no body: Preserv sends that header on every request, DELETE and body-less POSTs included.
 * Malformed JSON still fails with a 400.
 */
export function installJsonBodyParser(app: NestFastifyApplication, bodyLimit: number): void {
  app.useBodyParser('application/json', { bodyLimit }, (_request, body, done) => {
    const text = body.toString('utf8');
    if (text.trim() === '') return done(null, undefined);
    try {
      done(null, JSON.parse(text));
    } catch (error) {
      done(Object.assign(new Error(`Invalid JSON body: ${(error as Error).message}`), { statusCode: 400 }), undefined);
    }
  });
}
