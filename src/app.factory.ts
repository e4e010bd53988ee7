import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import type { Logger as RootLogger } from 'pino';
import { AppModule } from './app.module.js';
import type { AppConfig } from './config/app-config.js';
import { setupApiDocs } from './shared/http/api-docs.js';
import { goJson } from './shared/http/go-json.js';
import { installJsonBodyParser } from './shared/http/json-body-parser.js';
import { requestValidationPipe } from './shared/http/request-validation.pipe.js';
import { installResponseHeaders } from './shared/http/response-headers.js';
import { createRootLogger, requestIdOf } from './shared/observability/index.js';
import { installWebPlugins } from './shared/web/web-plugins.js';
import { installMethodAliases } from './shared/http/route-options.js';
import { recordRoutes } from './shared/http/route-table.js';

/** Large enough for a batch of about 100 files with their checksums, storage records and events. */
const BODY_LIMIT = 32 * 1024 * 1024;

/**
 * Builds the application (not yet listening): used by main.ts and by the e2e tests. Logs go to
 * `rootLogger` (JSON on standard output by default); `logger: false` silences them.
 */
export async function createApp(
  config: AppConfig,
  databaseUrl: string,
  options: { logger?: false; rootLogger?: RootLogger } = {},
): Promise<NestFastifyApplication> {
  const rootLogger = options.logger === false ? createRootLogger({ level: 'silent' }) : (options.rootLogger ?? createRootLogger({ level: config.logLevel }));
  const adapter = new FastifyAdapter({
    // Preserv sends `/admin-api/v3/objects/?…` with a trailing slash.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 2048 },
    bodyLimit: BODY_LIMIT,
    trustProxy: true,
    genReqId: requestIdOf,
  });
  // Aliases first, so the route table records every method a route answers on.
  installMethodAliases(adapter.getInstance());
  recordRoutes(adapter.getInstance());
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, databaseUrl, rootLogger),
    adapter,
    options.logger === false ? { logger: false } : { bufferLogs: true },
  );
  if (options.logger !== false) app.useLogger(app.get(Logger));
  installResponseHeaders(app.getHttpAdapter().getInstance(), { hsts: config.cookies.secure });
  app.getHttpAdapter().getInstance().setReplySerializer(goJson);
  installJsonBodyParser(app, BODY_LIMIT);
  await installWebPlugins(app, config);
  app.useGlobalPipes(requestValidationPipe);
  setupApiDocs(app);
  return app;
}
