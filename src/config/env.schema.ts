/**
 * Every environment variable the registry reads, with its parser, default, description and
 * whether it is a secret. `loadAppConfig` (app-config.ts) is the only reader of process.env.
 */
export type EnvValue = string | undefined;

export interface EnvVariable<T> {
  readonly description: string;
  readonly sensitive?: boolean;
  /** Turns the raw value (undefined when unset or blank) into the typed value, or throws a ConfigError reason. */
  readonly parse: (raw: EnvValue, env: Readonly<Record<string, EnvValue>>) => T;
}

export class InvalidSettingError extends Error {}

export const APT_ENVIRONMENTS = ['ci', 'dev', 'docker', 'integration', 'production', 'staging', 'test', 'travis'] as const;
export type AptEnvironment = (typeof APT_ENVIRONMENTS)[number];

const DEV_ENVIRONMENTS: readonly AptEnvironment[] = ['ci', 'dev', 'integration', 'test', 'travis'];
export const isDevEnvironment = (env: AptEnvironment): boolean => DEV_ENVIRONMENTS.includes(env);

export const text = (fallback: string) => (raw: EnvValue) => raw ?? fallback;
export const optionalText = () => (raw: EnvValue) => raw;

export function requiredText(raw: EnvValue): string {
  if (raw === undefined) throw new InvalidSettingError('is required');
  return raw;
}

export const oneOf = <T extends string>(values: readonly T[], fallback: T) => (raw: EnvValue): T => {
  if (raw === undefined) return fallback;
  const found = values.find((v) => v === raw);
  if (!found) throw new InvalidSettingError(`must be one of ${values.join(', ')} (got "${raw}")`);
  return found;
};

export const bool = (fallback: boolean) => (raw: EnvValue): boolean => {
  if (raw === undefined) return fallback;
  if (/^(true|t|1|yes)$/i.test(raw)) return true;
  if (/^(false|f|0|no)$/i.test(raw)) return false;
  throw new InvalidSettingError(`must be true or false (got "${raw}")`);
};

export const integer = (fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER) => (raw: EnvValue): number => {
  if (raw === undefined) return fallback;
  if (!/^-?\d+$/.test(raw)) throw new InvalidSettingError(`must be a whole number (got "${raw}")`);
  const value = Number(raw);
  if (value < min || value > max) throw new InvalidSettingError(`must be between ${min} and ${max} (got ${value})`);
  return value;
};

export const url = (protocols: readonly string[]) => (raw: EnvValue): string | undefined => {
  if (raw === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new InvalidSettingError(`must be a URL (got "${raw}")`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new InvalidSettingError(`must be a ${protocols.map((p) => p.replace(':', '')).join(' or ')} URL (got "${raw}")`);
  }
  return raw;
};

/** `host:port`, as nsqd's TCP address is usually written. */
export const hostPort = (fallback: string | undefined) => (raw: EnvValue): string | undefined => {
  const value = raw ?? fallback;
  if (value === undefined) return undefined;
  if (!/^[^\s:]+:\d{1,5}$/.test(value)) throw new InvalidSettingError(`must be host:port (got "${value}")`);
  return value;
};

const GO_DURATION_UNITS: Record<string, number> = { ns: 1e-6, us: 1e-3, 'µs': 1e-3, 'μs': 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Go duration syntax (`60s`, `5m`, `1h30m`, `0`), as the reference's settings use; returns milliseconds. */
export const duration = (fallbackMs: number) => (raw: EnvValue): number => {
  if (raw === undefined) return fallbackMs;
  if (raw === '0') return 0;
  const parts = [...raw.matchAll(/(\d+(?:\.\d+)?)(ns|us|µs|μs|ms|s|m|h)/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== raw) {
    throw new InvalidSettingError(`must be a duration such as 90s, 15m or 2h (got "${raw}")`);
  }
  return parts.reduce((sum, [, amount, unit]) => sum + Number(amount) * GO_DURATION_UNITS[unit], 0);
};

/** A secret key of at least 32 bytes. Development environments get a fixed, clearly insecure default. */
export const secretKey = (devDefault: string) => (raw: EnvValue, env: Readonly<Record<string, EnvValue>>): string => {
  const aptEnv = (env.APT_ENV ?? 'dev') as AptEnvironment;
  const value = raw ?? (isDevEnvironment(aptEnv) ? devDefault : undefined);
  if (value === undefined) throw new InvalidSettingError('is required outside development (at least 32 bytes)');
  if (Buffer.byteLength(value) < 32) throw new InvalidSettingError('must be at least 32 bytes long');
  return value;
};

/** A host name or address for a URL's authority: no spaces, slashes, `@`, `?` or `#`. */
export const hostName = (raw: EnvValue): string | undefined => {
  if (raw !== undefined && /[\s/@?#]/.test(raw)) throw new InvalidSettingError(`must be a host name or address (got "${raw}")`);
  return raw;
};

export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** The reference's numeric zerolog levels; pino has nothing above fatal for panic, and none/disabled log nothing. */
const ZEROLOG_LEVELS: ReadonlyMap<number, LogLevel> = new Map<number, LogLevel>([
  [-1, 'trace'], [0, 'debug'], [1, 'info'], [2, 'warn'], [3, 'error'], [4, 'fatal'], [5, 'fatal'], [6, 'silent'], [7, 'silent'],
]);

export const logLevel = (fallback: LogLevel) => (raw: EnvValue): LogLevel => {
  if (raw === undefined) return fallback;
  const level = /^[+-]?\d+$/.test(raw) ? ZEROLOG_LEVELS.get(Number(raw)) : LOG_LEVELS.find((name) => name === raw);
  if (!level) throw new InvalidSettingError(`must be one of ${LOG_LEVELS.join(', ')}, or a zerolog level from -1 to 7 (got "${raw}")`);
  return level;
};

/** The reference's rule: SES in any case, anything else (or nothing) is SMTP. */
export const emailServiceType = (raw: EnvValue): 'SES' | 'SMTP' => (raw?.toUpperCase() === 'SES' ? 'SES' : 'SMTP');

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const ENV_SCHEMA = {
  APT_ENV: { description: 'Environment name: ci, dev, docker, integration, production, staging, test or travis. Selects http or https links and the bucket-name qualifier.', parse: oneOf(APT_ENVIRONMENTS, 'dev') },
  PORT: { description: 'HTTP port the server listens on.', parse: integer(8080, 1, 65535) },
  DATABASE_URL: { description: 'PostgreSQL connection URL. When it and DB_HOST/DB_NAME are unset, an embedded PostgreSQL under .data/ is started and loaded with the demo fixtures on first start.', sensitive: true, parse: url(['postgres:', 'postgresql:']) },
  DB_HOST: { description: 'PostgreSQL host, as the reference configures it: without DATABASE_URL, DB_HOST or DB_NAME makes the URL from the DB_* settings.', parse: hostName },
  DB_PORT: { description: 'PostgreSQL port (with DB_HOST or DB_NAME).', parse: integer(5432, 1, 65535) },
  DB_NAME: { description: 'PostgreSQL database name (with DB_HOST; default postgres).', parse: optionalText() },
  DB_USER: { description: 'PostgreSQL user (with DB_HOST or DB_NAME).', parse: text('postgres') },
  DB_PASSWORD: { description: 'PostgreSQL password (with DB_HOST or DB_NAME).', sensitive: true, parse: optionalText() },
  DB_POOL_SIZE: { description: 'Maximum PostgreSQL connections per instance.', parse: integer(10, 1, 500) },
  DB_USE_SSL: { description: 'Connect to PostgreSQL over TLS (the reference reads but ignores this; we apply it).', parse: bool(false) },
  MIGRATE_ON_START: { description: 'Apply pending migrations to DATABASE_URL at start-up (turn off when a separate job runs `node dist/src/cli/db-migrate.js`).', parse: bool(true) },
  EMBEDDED_PG_PORT: { description: 'Port of the embedded PostgreSQL used when DATABASE_URL is unset.', parse: integer(54329, 1, 65535) },
  EMBEDDED_PG_DIR: { description: 'Data directory of the embedded PostgreSQL.', parse: text('.data/postgres') },
  REDIS_URL: {
    description: 'Redis URL (redis://host:port/db, or host:port as the reference writes it) for ingest state and background jobs. Without it, jobs run in-process on one instance.',
    sensitive: true,
    parse: (raw: EnvValue) => url(['redis:', 'rediss:'])(raw !== undefined && /^[^/:]+:\d+$/.test(raw) ? `redis://${raw}` : raw),
  },
  REDIS_PASSWORD: { description: 'Redis password, when not part of REDIS_URL.', sensitive: true, parse: optionalText() },
  REDIS_DEFAULT_DB: { description: 'Redis database number Preserv keeps ingest state in.', parse: integer(0, 0, 15) },
  NSQD_TCP_ADDRESS: { description: 'nsqd TCP address (host:port) for publishing work to Preserv; unset: work is published over NSQD_HTTP_ADDRESS.', parse: hostPort(undefined) },
  NSQD_HTTP_ADDRESS: {
    description: 'nsqd HTTP base URL (usually port 4151) for stats, the NSQ admin page and, when NSQD_TCP_ADDRESS is unset, publishing work (the reference name NSQ_URL is read too).',
    parse: (raw: EnvValue, env: Readonly<Record<string, EnvValue>>) => url(['http:', 'https:'])(raw ?? env.NSQ_URL),
  },
  COOKIE_HASH_KEY: { description: 'Key that signs session cookies (at least 32 bytes).', sensitive: true, parse: secretKey('insecure-development-hash-key-0123456789abcdef') },
  COOKIE_BLOCK_KEY: { description: 'Key that encrypts session cookies (at least 32 bytes).', sensitive: true, parse: secretKey('insecure-development-block-key-0123456789abcdef') },
  COOKIE_DOMAIN: { description: 'Cookie domain; also selects the bucket-name qualifier and the registry URL in emails.', parse: text('localhost') },
  HTTPS_COOKIES: { description: 'Mark cookies Secure and send HSTS.', parse: bool(false) },
  SESSION_MAX_AGE: { description: 'Session lifetime in seconds.', parse: integer(43200, 60) },
  SESSION_COOKIE_NAME: { description: 'Session cookie name.', parse: text('aptrust_session') },
  FLASH_COOKIE_NAME: { description: 'Flash-message cookie name.', parse: text('aptrust_flash') },
  PREFS_COOKIE_NAME: { description: 'Preferences cookie name.', parse: text('aptrust_prefs') },
  BATCH_DELETION_KEY: {
    description: 'Shared secret (a UUID) that batch deletion requests must present.',
    sensitive: true,
    parse: (raw: EnvValue) => {
      if (raw !== undefined && !UUID_PATTERN.test(raw)) throw new InvalidSettingError('must be a UUID');
      return raw;
    },
  },
  APP_TEST_ROUTES: {
    description: 'Serve the test-only admin routes prepare_file_delete and prepare_object_delete (Preserv\'s deletion tests). Only with APT_ENV test or integration, and they still answer 405 unless the database is local and named *_test or *_integration.',
    parse: (raw: EnvValue, env: Readonly<Record<string, EnvValue>>) => {
      const enabled = bool(false)(raw);
      if (enabled && env.APT_ENV !== 'test' && env.APT_ENV !== 'integration') throw new InvalidSettingError('may be true only when APT_ENV is test or integration');
      return enabled;
    },
  },
  EMAIL_SERVICE_TYPE: { description: 'SES or SMTP, in any case; any other value means SMTP, as in the reference.', parse: emailServiceType },
  EMAIL_ENABLED: { description: 'Actually send email (otherwise emails are logged only).', parse: bool(false) },
  EMAIL_FROM_ADDRESS: { description: 'Sender address of every email.', parse: text('help@aptrust.org') },
  SES_ENDPOINT: { description: 'Explicit SES endpoint; for SMTP, the SMTP server as host:port.', parse: optionalText() },
  AWS_SES_USER: { description: 'SES or SMTP user (falls back to AWS_ACCESS_KEY_ID).', sensitive: true, parse: optionalText() },
  AWS_SES_PWD: { description: 'SES or SMTP password (falls back to AWS_SECRET_ACCESS_KEY).', sensitive: true, parse: optionalText() },
  AWS_REGION: { description: 'AWS region for SES and SNS.', parse: text('us-east-1') },
  ENABLE_TWO_FACTOR_SMS: { description: 'Send SMS one-time codes through SNS (otherwise logged only).', parse: bool(false) },
  SNS_ENDPOINT: { description: 'Explicit SNS endpoint.', parse: optionalText() },
  AWS_SNS_USER: { description: 'SNS access key (falls back to AWS_ACCESS_KEY_ID).', sensitive: true, parse: optionalText() },
  AWS_SNS_PWD: { description: 'SNS secret (falls back to AWS_SECRET_ACCESS_KEY).', sensitive: true, parse: optionalText() },
  ENABLE_TWO_FACTOR_AUTHY: { description: 'Enable push approval through the Authy API.', parse: bool(false) },
  AUTHY_API_KEY: { description: 'Authy API key.', sensitive: true, parse: optionalText() },
  AUTHY_API_URL: { description: 'Base URL of the Authy API.', parse: (raw: EnvValue) => url(['http:', 'https:'])(raw) ?? 'https://api.authy.com' },
  OTP_EXPIRATION: { description: 'Lifetime of SMS one-time codes (Go duration, e.g. 15m).', parse: duration(15 * 60_000) },
  REGISTRY_URL: { description: 'Base URL of the web UI in emails (default: http(s)://COOKIE_DOMAIN, with PORT in development).', parse: url(['http:', 'https:']) },
  PASSWORD_RESET_EXPIRATION: { description: 'Lifetime of a password-reset link (Go duration).', parse: duration(2 * 3_600_000) },
  WELCOME_EXPIRATION: { description: "Lifetime of a new user's account set-up link (Go duration).", parse: duration(72 * 3_600_000) },
  SIGN_IN_ACCOUNT_LIMIT: { description: 'Failed sign-ins allowed per email address within SIGN_IN_THROTTLE_WINDOW.', parse: integer(5, 1) },
  SIGN_IN_ADDRESS_LIMIT: { description: 'Failed sign-ins allowed per client IP address within SIGN_IN_THROTTLE_WINDOW.', parse: integer(20, 1) },
  SIGN_IN_THROTTLE_WINDOW: { description: 'Window of the sign-in throttle (Go duration).', parse: duration(15 * 60_000) },
  SIGN_IN_REDIS_PREFIX: { description: "Prefix of the sign-in throttle's counters in Redis (with REDIS_URL); instances that share Redis and this prefix count failed sign-ins together.", parse: text('registry-sign-in') },
  EMAIL_QUEUE_INTERVAL: { description: 'How often queued alert emails are sent or retried (Go duration).', parse: duration(60_000) },
  AWS_ACCESS_KEY_ID: { description: 'Fallback AWS access key for SES and SNS.', sensitive: true, parse: optionalText() },
  AWS_SECRET_ACCESS_KEY: { description: 'Fallback AWS secret key for SES and SNS.', sensitive: true, parse: optionalText() },
  MAINTENANCE_MODE: { description: 'Answer every request with the maintenance page and stop background jobs.', parse: bool(false) },
  JOBS_ENABLED: { description: 'Run scheduled background jobs and process queued tasks on this instance (without REDIS_URL, queued tasks run here regardless).', parse: bool(true) },
  STALLED_WORK_ITEM_HOURS: { description: 'A work item not completed and not updated for this many hours is reported in the hourly Stalled Work Items alert.', parse: integer(24, 1) },
  JOBS_REDIS_PREFIX: { description: 'Prefix of the background-job keys in Redis; instances that share Redis and this prefix share their jobs.', parse: text('registry-jobs') },
  RETENTION_MINIMUM_GLACIER: { description: 'Minimum retention in days for Glacier-OH/OR/VA.', parse: integer(90) },
  RETENTION_MINIMUM_GLACIER_DEEP: { description: 'Minimum retention in days for Glacier-Deep-OH/OR/VA.', parse: integer(180) },
  RETENTION_MINIMUM_WASABI: { description: 'Minimum retention in days for Wasabi-OR/TX/VA (the reference name RETENTION_MINIMUM_NEWSTORAGEOPTION is read too).', parse: (raw: EnvValue, env: Readonly<Record<string, EnvValue>>) => integer(90)(raw ?? env.RETENTION_MINIMUM_NEWSTORAGEOPTION) },
  RETENTION_MINIMUM_STANDARD: { description: 'Minimum retention in days for Standard.', parse: integer(0) },
  LOG_LEVEL: { description: 'trace, debug, info, warn, error, fatal or silent, or the reference\'s zerolog number (-1 trace, 0 debug, 1 info, 2 warn, 3 error, 4 fatal, 5 panic = fatal, 6 and 7 = silent).', parse: logLevel('info') },
  API_USER_CACHE_SECONDS: { description: 'How long an instance may keep a user it read for API-key authentication; changes to users reach every instance at once through PostgreSQL notifications. 0 reads the user on every request.', parse: integer(60, 0, 3600) },
  LOG_SQL: { description: 'Log every SQL statement.', parse: bool(false) },
  SHUTDOWN_GRACE_SECONDS: { description: 'Seconds a SIGTERM or SIGINT shutdown may take to finish in-flight requests and close connections before the process exits anyway.', parse: integer(25, 1, 3600) },
} as const satisfies Record<string, EnvVariable<unknown>>;

export type EnvSchema = typeof ENV_SCHEMA;
export type EnvName = keyof EnvSchema;
export type ParsedEnv = { readonly [K in EnvName]: ReturnType<EnvSchema[K]['parse']> };
