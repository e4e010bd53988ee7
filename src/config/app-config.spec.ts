import { ConfigError, loadAppConfig } from './app-config.js';

const load = (env: Record<string, string | undefined>) => loadAppConfig(env);

describe(loadAppConfig.name, () => {
  it('gives a complete development configuration from an empty environment', () => {
    const config = load({});
    expect(config.environment).toBe('dev');
    expect(config.port).toBe(8080);
    expect(config.database.url).toBeUndefined();
    expect(config.cookies.sessionMaxAgeSeconds).toBe(43200);
    expect(config.cookies.sessionName).toBe('aptrust_session');
    expect(config.email.service).toBe('SMTP');
    expect(config.twoFactor.otpExpirationMs).toBe(15 * 60_000);
    expect(config.retentionDays).toEqual({ glacier: 90, glacierDeep: 180, wasabi: 90, standard: 0 });
  });

  it('reads typed values', () => {
    const config = load({
      PORT: '9090',
      DATABASE_URL: 'postgres://u:p@db:5432/registry',
      HTTPS_COOKIES: 'true',
      OTP_EXPIRATION: '1h30m',
      EMAIL_SERVICE_TYPE: 'ses',
      NSQD_TCP_ADDRESS: 'nsqd:4150',
      NSQ_URL: 'http://nsqd:4151',
      REDIS_URL: 'localhost:6379',
      RETENTION_MINIMUM_NEWSTORAGEOPTION: '30',
    });
    expect(config.port).toBe(9090);
    expect(config.database.url).toBe('postgres://u:p@db:5432/registry');
    expect(config.cookies.secure).toBe(true);
    expect(config.twoFactor.otpExpirationMs).toBe(90 * 60_000);
    expect(config.email.service).toBe('SES');
    expect(config.nsq).toEqual({ tcpAddress: 'nsqd:4150', httpAddress: 'http://nsqd:4151' });
    expect(config.redis.url).toBe('redis://localhost:6379');
    expect(config.retentionDays.wasabi).toBe(30);
  });

  it('treats blank values as unset', () => {
    expect(load({ PORT: '  ', DATABASE_URL: '' }).port).toBe(8080);
  });

  it('falls back to the shared AWS key pair for SES and SNS', () => {
    const config = load({ AWS_ACCESS_KEY_ID: 'AKIA', AWS_SECRET_ACCESS_KEY: 'secret', AWS_SNS_USER: 'sns-user' });
    expect(config.email.user).toBe('AKIA');
    expect(config.email.password).toBe('secret');
    expect(config.twoFactor.snsUser).toBe('sns-user');
    expect(config.twoFactor.snsPassword).toBe('secret');
  });

  it.each([
    [{ PORT: 'eighty' }, 'Invalid configuration: PORT must be a whole number (got "eighty")'],
    [{ PORT: '70000' }, 'Invalid configuration: PORT must be between 1 and 65535 (got 70000)'],
    [{ DATABASE_URL: 'mysql://db/x' }, 'Invalid configuration: DATABASE_URL must be a postgres or postgresql URL (got "mysql://db/x")'],
    [{ APT_ENV: 'prod' }, 'Invalid configuration: APT_ENV must be one of ci, dev, docker, integration, production, staging, test, travis (got "prod")'],
    [{ HTTPS_COOKIES: 'maybe' }, 'Invalid configuration: HTTPS_COOKIES must be true or false (got "maybe")'],
    [{ OTP_EXPIRATION: '15 minutes' }, 'Invalid configuration: OTP_EXPIRATION must be a duration such as 90s, 15m or 2h (got "15 minutes")'],
    [{ BATCH_DELETION_KEY: 'secret' }, 'Invalid configuration: BATCH_DELETION_KEY must be a UUID'],
    [{ NSQD_TCP_ADDRESS: 'nsqd' }, 'Invalid configuration: NSQD_TCP_ADDRESS must be host:port (got "nsqd")'],
    [{ APT_ENV: 'dev', APP_TEST_ROUTES: 'true' }, 'Invalid configuration: APP_TEST_ROUTES may be true only when APT_ENV is test or integration'],
    [{ COOKIE_HASH_KEY: 'short' }, 'Invalid configuration: COOKIE_HASH_KEY must be at least 32 bytes long'],
  ])('stops on %j with one line naming the setting', (env, message) => {
    expect(() => load(env)).toThrow(ConfigError);
    expect(() => load(env)).toThrow(message);
  });

  describe('database URL from the reference\'s DB_* settings', () => {
    it('builds it from DB_HOST, DB_PORT, DB_NAME, DB_USER and DB_PASSWORD, encoding the credentials', () => {
      const config = load({ DB_HOST: 'db.example.org', DB_PORT: '6543', DB_NAME: 'apt_registry_test', DB_USER: 'dev user', DB_PASSWORD: 'p@ss:w/rd%#' });
      expect(config.database.url).toBe('postgres://dev%20user:p%40ss%3Aw%2Frd%25%23@db.example.org:6543/apt_registry_test');
      const parsed = new URL(config.database.url!);
      expect([decodeURIComponent(parsed.username), decodeURIComponent(parsed.password)]).toEqual(['dev user', 'p@ss:w/rd%#']);
    });

    it.each([
      [{ DB_HOST: 'db' }, 'postgres://postgres@db:5432/postgres'],
      [{ DB_NAME: 'registry' }, 'postgres://postgres@localhost:5432/registry'],
      [{ DB_HOST: '::1', DB_NAME: 'registry' }, 'postgres://postgres@[::1]:5432/registry'],
      [{ DB_HOST: '  ', DB_NAME: '', DB_USER: 'u', DB_PASSWORD: 'p' }, undefined],
      [{ DB_USER: 'u', DB_PASSWORD: 'p', DB_PORT: '5433' }, undefined],
    ])('from %j is %s (defaults: localhost, 5432, user postgres, database postgres; neither host nor name: embedded)', (env, expected) => {
      expect(load(env).database.url).toBe(expected);
    });

    it('prefers DATABASE_URL when both are set', () => {
      const config = load({ DATABASE_URL: 'postgres://app@primary:5432/registry', DB_HOST: 'other', DB_NAME: 'other_db', DB_PASSWORD: 'x' });
      expect(config.database.url).toBe('postgres://app@primary:5432/registry');
    });

    it.each([
      [{ DB_HOST: 'db', DB_PORT: 'postgres' }, 'Invalid configuration: DB_PORT must be a whole number (got "postgres")'],
      [{ DB_HOST: 'user@db' }, 'Invalid configuration: DB_HOST must be a host name or address (got "user@db")'],
    ])('stops on %j', (env, message) => {
      expect(() => load(env)).toThrow(message);
    });
  });

  it.each([
    ['-1', 'trace'],
    ['0', 'debug'],
    ['1', 'info'],
    ['2', 'warn'],
    ['3', 'error'],
    ['4', 'fatal'],
    ['5', 'fatal'],
    ['6', 'silent'],
    ['7', 'silent'],
    ['warn', 'warn'],
    ['silent', 'silent'],
  ])('reads LOG_LEVEL %s, the reference\'s zerolog numbers included, as %s', (raw, level) => {
    expect(load({ LOG_LEVEL: raw }).logLevel).toBe(level);
  });

  it('keeps info as the default log level and refuses levels neither named nor numbered -1 to 7', () => {
    expect(load({}).logLevel).toBe('info');
    for (const raw of ['8', '-2', 'verbose', '1.5']) {
      expect(() => load({ LOG_LEVEL: raw })).toThrow(
        `Invalid configuration: LOG_LEVEL must be one of trace, debug, info, warn, error, fatal, silent, or a zerolog level from -1 to 7 (got "${raw}")`,
      );
    }
  });

  it.each([
    ['SES', 'SES'],
    ['ses', 'SES'],
    ['Smtp', 'SMTP'],
    ['sendgrid', 'SMTP'],
    ['', 'SMTP'],
  ])('reads EMAIL_SERVICE_TYPE %j as %s: anything but SES means SMTP, as in the reference', (raw, service) => {
    expect(load({ EMAIL_SERVICE_TYPE: raw }).email.service).toBe(service);
  });

  it('reads booleans as Go does (t and f too)', () => {
    expect(load({ HTTPS_COOKIES: 'T' }).cookies.secure).toBe(true);
    expect(load({ HTTPS_COOKIES: 'f', LOG_SQL: 'TRUE' }).cookies.secure).toBe(false);
  });

  it.each([
    ['0', 0],
    ['1500ms', 1500],
    ['2m30s', 150_000],
    ['90000000000ns', 90_000],
    ['500000us', 500],
  ])('reads the Go duration %s', (raw, ms) => {
    expect(load({ OTP_EXPIRATION: raw }).twoFactor.otpExpirationMs).toBe(ms);
  });

  it('requires real cookie keys outside development', () => {
    expect(() => load({ APT_ENV: 'production' })).toThrow('Invalid configuration: COOKIE_HASH_KEY is required outside development (at least 32 bytes)');
    const keys = { COOKIE_HASH_KEY: 'h'.repeat(32), COOKIE_BLOCK_KEY: 'b'.repeat(32) };
    expect(load({ APT_ENV: 'production', ...keys }).isDevelopment).toBe(false);
  });
});
