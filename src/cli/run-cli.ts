import { ConfigError, loadAppConfig, type AppConfig } from '../config/app-config.js';
import { withEnvFile } from '../config/env-file.js';

/** Runs a command-line entry point: loads the config, reports failures in one line, sets the exit code. */
export function runCli(main: (config: AppConfig) => Promise<void>): void {
  let config: AppConfig;
  try {
    config = loadAppConfig(withEnvFile(process.env, process.cwd()));
  } catch (error) {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(2);
  }
  main(config).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}

export function requireDatabaseUrl(config: AppConfig): string {
  if (!config.database.url) throw new ConfigError('DATABASE_URL (or DB_HOST/DB_NAME)', 'is required for this command');
  return config.database.url;
}
