import { ENV_SCHEMA, InvalidSettingError, isDevEnvironment, type EnvName, type EnvValue, type ParsedEnv } from './env.schema.js';

/** The registry's settings, typed and grouped. Built once at boot by `loadAppConfig`. */
export interface AppConfig {
  readonly environment: ParsedEnv['APT_ENV'];
  /** Links in emails and pages use http in development environments, https elsewhere. */
  readonly isDevelopment: boolean;
  readonly port: number;
  readonly database: {
    /** DATABASE_URL, else the URL made of the reference's DB_* settings; unset: the embedded PostgreSQL is used. */
    readonly url: string | undefined;
    readonly poolSize: number;
    readonly ssl: boolean;
    readonly logSql: boolean;
    /** Apply pending migrations to DATABASE_URL at start-up (the embedded database is always migrated). */
    readonly migrateOnStart: boolean;
    readonly embedded: { readonly port: number; readonly dataDir: string };
  };
  readonly redis: { readonly url: string | undefined; readonly password: string | undefined; readonly preservDb: number };
  readonly nsq: { readonly tcpAddress: string | undefined; readonly httpAddress: string | undefined };
  readonly cookies: {
    readonly hashKey: string;
    readonly blockKey: string;
    readonly domain: string;
    readonly secure: boolean;
    readonly sessionMaxAgeSeconds: number;
    readonly sessionName: string;
    readonly flashName: string;
    readonly prefsName: string;
  };
  readonly batchDeletionKey: string | undefined;
  /** The test-only admin routes (prepare_*_delete) are served; see testRoutesAllowed for the database conditions. */
  readonly testRoutes: boolean;
  readonly email: {
    readonly service: 'SES' | 'SMTP';
    readonly enabled: boolean;
    readonly fromAddress: string;
    readonly endpoint: string | undefined;
    readonly user: string | undefined;
    readonly password: string | undefined;
    readonly queueIntervalMs: number;
  };
  readonly aws: { readonly region: string };
  readonly twoFactor: {
    readonly smsEnabled: boolean;
    readonly snsEndpoint: string | undefined;
    readonly snsUser: string | undefined;
    readonly snsPassword: string | undefined;
    readonly authyEnabled: boolean;
    readonly authyApiKey: string | undefined;
    readonly authyApiUrl: string;
    readonly otpExpirationMs: number;
  };
  /** Base URL of the web UI, for links in emails; no trailing slash. */
  readonly registryUrl: string;
  readonly passwords: { readonly resetExpirationMs: number; readonly welcomeExpirationMs: number };
  /** Failed sign-ins allowed per account and per address within the window; counted in Redis under `redisPrefix` when REDIS_URL is set. */
  readonly signInThrottle: { readonly accountLimit: number; readonly addressLimit: number; readonly windowMs: number; readonly redisPrefix: string };
  readonly maintenanceMode: boolean;
  /** How long API-key authentication may use a user it read before (0: never); see UserCredentialsCache. */
  readonly apiUserCacheSeconds: number;
  /** Background jobs: whether this instance runs them, and the key prefix they share in Redis. */
  readonly jobs: { readonly enabled: boolean; readonly redisPrefix: string; readonly stalledWorkItemHours: number };
  readonly retentionDays: { readonly glacier: number; readonly glacierDeep: number; readonly wasabi: number; readonly standard: number };
  readonly logLevel: ParsedEnv['LOG_LEVEL'];
  /** How long a graceful shutdown may take before the process exits anyway. */
  readonly shutdownGraceMs: number;
}

/** Thrown when a setting is missing or invalid; its message is one line naming the setting. */
export class ConfigError extends Error {
  constructor(readonly setting: string, reason: string) {
    super(`Invalid configuration: ${setting} ${reason}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates every setting. Blank values count as unset. */
export function loadAppConfig(source: Readonly<Record<string, EnvValue>>): AppConfig {
  const env = Object.fromEntries(Object.entries(source).map(([k, v]) => [k, v === undefined || v.trim() === '' ? undefined : v]));
  const parsed = {} as Record<EnvName, unknown>;
  for (const [name, variable] of Object.entries(ENV_SCHEMA) as [EnvName, (typeof ENV_SCHEMA)[EnvName]][]) {
    try {
      parsed[name] = variable.parse(env[name], env);
    } catch (error) {
      if (error instanceof InvalidSettingError) throw new ConfigError(name, error.message);
      throw error;
    }
  }
  return toAppConfig(parsed as ParsedEnv);
}

function toAppConfig(e: ParsedEnv): AppConfig {
  return {
    environment: e.APT_ENV,
    isDevelopment: isDevEnvironment(e.APT_ENV),
    port: e.PORT,
    database: {
      url: e.DATABASE_URL ?? databaseUrlFromParts(e),
      poolSize: e.DB_POOL_SIZE,
      ssl: e.DB_USE_SSL,
      logSql: e.LOG_SQL,
      migrateOnStart: e.MIGRATE_ON_START,
      embedded: { port: e.EMBEDDED_PG_PORT, dataDir: e.EMBEDDED_PG_DIR },
    },
    redis: { url: e.REDIS_URL, password: e.REDIS_PASSWORD, preservDb: e.REDIS_DEFAULT_DB },
    nsq: { tcpAddress: e.NSQD_TCP_ADDRESS, httpAddress: e.NSQD_HTTP_ADDRESS },
    cookies: {
      hashKey: e.COOKIE_HASH_KEY,
      blockKey: e.COOKIE_BLOCK_KEY,
      domain: e.COOKIE_DOMAIN,
      secure: e.HTTPS_COOKIES,
      sessionMaxAgeSeconds: e.SESSION_MAX_AGE,
      sessionName: e.SESSION_COOKIE_NAME,
      flashName: e.FLASH_COOKIE_NAME,
      prefsName: e.PREFS_COOKIE_NAME,
    },
    batchDeletionKey: e.BATCH_DELETION_KEY,
    testRoutes: e.APP_TEST_ROUTES,
    email: {
      service: e.EMAIL_SERVICE_TYPE,
      enabled: e.EMAIL_ENABLED,
      fromAddress: e.EMAIL_FROM_ADDRESS,
      endpoint: e.SES_ENDPOINT,
      user: e.AWS_SES_USER ?? e.AWS_ACCESS_KEY_ID,
      password: e.AWS_SES_PWD ?? e.AWS_SECRET_ACCESS_KEY,
      queueIntervalMs: e.EMAIL_QUEUE_INTERVAL,
    },
    aws: { region: e.AWS_REGION },
    twoFactor: {
      smsEnabled: e.ENABLE_TWO_FACTOR_SMS,
      snsEndpoint: e.SNS_ENDPOINT,
      snsUser: e.AWS_SNS_USER ?? e.AWS_ACCESS_KEY_ID,
      snsPassword: e.AWS_SNS_PWD ?? e.AWS_SECRET_ACCESS_KEY,
      authyEnabled: e.ENABLE_TWO_FACTOR_AUTHY,
      authyApiKey: e.AUTHY_API_KEY,
      authyApiUrl: e.AUTHY_API_URL,
      otpExpirationMs: e.OTP_EXPIRATION,
    },
    registryUrl: (e.REGISTRY_URL ?? defaultRegistryUrl(e)).replace(/\/+$/, ''),
    passwords: { resetExpirationMs: e.PASSWORD_RESET_EXPIRATION, welcomeExpirationMs: e.WELCOME_EXPIRATION },
    signInThrottle: { accountLimit: e.SIGN_IN_ACCOUNT_LIMIT, addressLimit: e.SIGN_IN_ADDRESS_LIMIT, windowMs: e.SIGN_IN_THROTTLE_WINDOW, redisPrefix: e.SIGN_IN_REDIS_PREFIX },
    maintenanceMode: e.MAINTENANCE_MODE,
    apiUserCacheSeconds: e.API_USER_CACHE_SECONDS,
    jobs: { enabled: e.JOBS_ENABLED, redisPrefix: e.JOBS_REDIS_PREFIX, stalledWorkItemHours: e.STALLED_WORK_ITEM_HOURS },
    retentionDays: {
      glacier: e.RETENTION_MINIMUM_GLACIER,
      glacierDeep: e.RETENTION_MINIMUM_GLACIER_DEEP,
      wasabi: e.RETENTION_MINIMUM_WASABI,
      standard: e.RETENTION_MINIMUM_STANDARD,
    },
    logLevel: e.LOG_LEVEL,
    shutdownGraceMs: e.SHUTDOWN_GRACE_SECONDS * 1000,
  };
}

/** The reference's DB_HOST, DB_PORT, DB_NAME, DB_USER and DB_PASSWORD as a URL, when DB_HOST or DB_NAME is set. */
function databaseUrlFromParts(e: ParsedEnv): string | undefined {
  if (e.DB_HOST === undefined && e.DB_NAME === undefined) return undefined;
  const password = e.DB_PASSWORD === undefined ? '' : `:${encodeURIComponent(e.DB_PASSWORD)}`;
  const authority = `${encodeURIComponent(e.DB_USER)}${password}@${hostForUrl(e.DB_HOST ?? 'localhost')}:${e.DB_PORT}`;
  return `postgres://${authority}/${encodeURIComponent(e.DB_NAME ?? 'postgres')}`;
}

/** An IPv6 address goes in brackets. */
function hostForUrl(host: string): string {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}

/** The reference's BaseURL: http and the port in development environments, https elsewhere. */
function defaultRegistryUrl(e: ParsedEnv): string {
  return isDevEnvironment(e.APT_ENV) ? `http://${e.COOKIE_DOMAIN}:${e.PORT}` : `https://${e.COOKIE_DOMAIN}`;
}
