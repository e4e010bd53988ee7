import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module.js';
import type { AppConfig } from './config/app-config.js';
import { setupApiDocs } from './shared/http/api-docs.js';
import { installJsonBodyParser } from './shared/http/json-body-parser.js';
import { requestValidationPipe } from './shared/http/request-validation.pipe.js';

/** Large enough for a batch of about 100 files with their checksums, storage records and events. */
const BODY_LIMIT = 32 * 1024 * 1024;

/** Builds the application (not yet listening): used by main.ts and by the e2e tests. */
export async function createApp(config: AppConfig, databaseUrl: string, options: { logger?: false } = {}): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    // Preserv sends `/admin-api/v3/objects/?…` with a trailing slash.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 2048 },
    bodyLimit: BODY_LIMIT,
    trustProxy: true,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, databaseUrl), adapter, {
    logger: options.logger ?? ['log', 'warn', 'error'],
  });
  installJsonBodyParser(app, BODY_LIMIT);
  app.useGlobalPipes(requestValidationPipe);
  app.enableShutdownHooks();
  setupApiDocs(app);
  return app;
}
