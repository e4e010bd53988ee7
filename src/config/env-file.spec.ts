import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigError, loadAppConfig } from './app-config.js';
import { withEnvFile } from './env-file.js';

describe(withEnvFile.name, () => {
  let directory: string;
  const write = (name: string, content: string) => writeFileSync(path.join(directory, name), content);

  beforeEach(() => {
    directory = mkdtempSync(path.join(tmpdir(), 'registry-env-file-'));
  });
  afterEach(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  it('reads .env.<APT_ENV> lines: comments, quotes and export prefixes', () => {
    write(
      '.env.test',
      [
        '# Database',
        'DB_HOST="localhost"',
        "DB_NAME='apt_registry_test'",
        'export DB_USER=dev_user',
        'DB_PORT=5432 # the usual port',
        "COOKIE_HASH_KEY='y0b6|UBJQ(N$KB)jAJYL-aj=:q?;yK64^TPch0=|1XNnv{X@QrL#?80u$1]LcBF'",
        '',
      ].join('\n'),
    );
    expect(withEnvFile({ APT_ENV: 'test' }, directory)).toEqual({
      APT_ENV: 'test',
      DB_HOST: 'localhost',
      DB_NAME: 'apt_registry_test',
      DB_USER: 'dev_user',
      DB_PORT: '5432',
      COOKIE_HASH_KEY: 'y0b6|UBJQ(N$KB)jAJYL-aj=:q?;yK64^TPch0=|1XNnv{X@QrL#?80u$1]LcBF',
    });
  });

  it('lets variables set in the environment win over the file; unset or blank ones come from the file', () => {
    write('.env.test', 'DB_HOST=file-host\nDB_NAME=file_db\nLOG_LEVEL=0\n');
    const env = withEnvFile({ APT_ENV: 'test', DB_HOST: 'env-host', LOG_LEVEL: '', PORT: '9000' }, directory);
    expect(env).toEqual({ APT_ENV: 'test', DB_HOST: 'env-host', DB_NAME: 'file_db', LOG_LEVEL: '0', PORT: '9000' });
  });

  it('picks the file by APT_ENV, dev when unset', () => {
    write('.env.dev', 'DB_NAME=dev_db\n');
    write('.env.test', 'DB_NAME=test_db\n');
    expect(withEnvFile({}, directory).DB_NAME).toBe('dev_db');
    expect(withEnvFile({ APT_ENV: 'test' }, directory).DB_NAME).toBe('test_db');
  });

  it('changes nothing without a file or with an APT_ENV that names no environment', () => {
    write('.env.', 'DB_NAME=stray\n');
    write('.env.prod', 'DB_NAME=stray\n');
    expect(withEnvFile({ APT_ENV: 'production', PORT: '1' }, directory)).toEqual({ APT_ENV: 'production', PORT: '1' });
    expect(withEnvFile({ APT_ENV: 'prod' }, directory)).toEqual({ APT_ENV: 'prod' });
  });

  it('stops with a ConfigError naming the file when it cannot be read', () => {
    mkdirSync(path.join(directory, '.env.test'));
    expect(() => withEnvFile({ APT_ENV: 'test' }, directory)).toThrow(ConfigError);
    expect(() => withEnvFile({ APT_ENV: 'test' }, directory)).toThrow(/^Invalid configuration: \.env\.test could not be read \(EISDIR/);
  });

  it('gives a reference-style setup its database, log level and mail service through loadAppConfig', () => {
    write('.env.test', 'DB_HOST=localhost\nDB_NAME=apt_registry_test\nDB_USER=dev_user\nDB_PASSWORD=password\nDB_PORT=5432\nLOG_LEVEL=0\nEMAIL_SERVICE_TYPE=none\n');
    const config = loadAppConfig(withEnvFile({ APT_ENV: 'test', DB_PASSWORD: 's3cr&t' }, directory));
    expect(config.database.url).toBe('postgres://dev_user:s3cr%26t@localhost:5432/apt_registry_test');
    expect(config.logLevel).toBe('debug');
    expect(config.email.service).toBe('SMTP');
  });
});
