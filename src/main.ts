import './v8-flags.js';
import type { Logger } from 'pino';
import { createApp } from './app.factory.js';
import { ConfigError, loadAppConfig, type AppConfig } from './config/app-config.js';
import { withEnvFile } from './config/env-file.js';
import { gracefulShutdown, ShutdownState } from './contexts/operations/index.js';
import { prepareDatabase } from './database/prepare-database.js';
import { createRootLogger } from './shared/observability/index.js';

const DEMO_SIGN_INS = [
  ['system@aptrust.org', 'sys admin'],
  ['admin@inst1.edu', 'institutional admin, Institution One'],
  ['user@inst1.edu', 'institutional user, Institution One'],
  ['admin@inst2.edu', 'institutional admin, Institution Two'],
] as const;

async function bootstrap(config: AppConfig, rootLogger: Logger): Promise<void> {
  const logger = rootLogger.child({ context: 'Registry' });
  const database = await prepareDatabase(config, (message) => logger.info(message));
  const app = await createApp(config, database.url, { rootLogger });
  const stop = gracefulShutdown({
    begin: () => app.get(ShutdownState).begin(),
    closeApp: () => app.close(),
    // The embedded PostgreSQL goes last: the app's pool must be closed first.
    afterClose: () => database.stop(),
    graceMs: config.shutdownGraceMs,
    log: (level, message) => logger[level](message),
    exit: (code) => {
      rootLogger.flush();
      process.exit(code);
    },
  });
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  await app.listen({ port: config.port, host: '0.0.0.0' });
  const base = `http://localhost:${config.port}`;
  logger.info(`Registry is listening on ${base}`);
  if (!config.database.url) {
    logger.info(`Embedded database${database.demoDataLoaded ? ' (demo data loaded now)' : ''}. Demo sign-ins, password "password" (also the API key):`);
    for (const [email, role] of DEMO_SIGN_INS) logger.info(`  ${email.padEnd(20)} ${role}`);
  }
}

let config: AppConfig;
try {
  config = loadAppConfig(withEnvFile(process.env, process.cwd()));
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(2);
}
const rootLogger = createRootLogger({ level: config.logLevel });
bootstrap(config, rootLogger).catch((error: unknown) => {
  rootLogger.fatal({ context: 'Registry', err: error }, `Registry failed to start: ${error instanceof Error ? error.message : String(error)}`);
  rootLogger.flush();
  process.exit(1);
});
