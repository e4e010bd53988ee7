import { Logger } from '@nestjs/common';
import { createApp } from './app.factory.js';
import { ConfigError, loadAppConfig, type AppConfig } from './config/app-config.js';
import { prepareDatabase } from './database/prepare-database.js';

const DEMO_SIGN_INS = [
  ['system@aptrust.org', 'sys admin'],
  ['admin@inst1.edu', 'institutional admin, Institution One'],
  ['user@inst1.edu', 'institutional user, Institution One'],
  ['admin@inst2.edu', 'institutional admin, Institution Two'],
] as const;

async function bootstrap(config: AppConfig): Promise<void> {
  const logger = new Logger('Registry');
  const database = await prepareDatabase(config, (message) => logger.log(message));
  const app = await createApp(config, database.url);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal} received, shutting down`);
    await app.close();
    await database.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  await app.listen({ port: config.port, host: '0.0.0.0' });
  const base = `http://localhost:${config.port}`;
  logger.log(`Registry is listening on ${base}`);
  if (!config.database.url) {
    logger.log(`Embedded database${database.demoDataLoaded ? ' (demo data loaded now)' : ''}. Demo sign-ins, password "password" (also the API key):`);
    for (const [email, role] of DEMO_SIGN_INS) logger.log(`  ${email.padEnd(20)} ${role}`);
  }
}

let config: AppConfig;
try {
  config = loadAppConfig(process.env);
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(2);
}
bootstrap(config).catch((error: unknown) => {
  console.error(`Registry failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
