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

  it('requires real cookie keys outside development', () => {
    expect(() => load({ APT_ENV: 'production' })).toThrow('Invalid configuration: COOKIE_HASH_KEY is required outside development (at least 32 bytes)');
    const keys = { COOKIE_HASH_KEY: 'h'.repeat(32), COOKIE_BLOCK_KEY: 'b'.repeat(32) };
    expect(load({ APT_ENV: 'production', ...keys }).isDevelopment).toBe(false);
  });
});
