import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module.js';
import type { AppConfig } from './config/app-config.js';
import { setupApiDocs } from './shared/http/api-docs.js';

/** Builds the application (not yet listening): used by main.ts and by the e2e tests. */
export async function createApp(config: AppConfig, databaseUrl: string, options: { logger?: false } = {}): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    // Preserv sends `/admin-api/v3/objects/?…` with a trailing slash.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 2048 },
    bodyLimit: 32 * 1024 * 1024,
    trustProxy: true,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, databaseUrl), adapter, {
    logger: options.logger ?? ['log', 'warn', 'error'],
  });
  app.enableShutdownHooks();
  setupApiDocs(app);
  return app;
}
