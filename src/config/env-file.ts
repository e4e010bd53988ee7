import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { ConfigError } from './app-config.js';
import { APT_ENVIRONMENTS, type EnvValue } from './env.schema.js';

type Environment = Readonly<Record<string, EnvValue>>;

/**
 * `environment` over the reference's `.env.<APT_ENV>` file in `directory` (APT_ENV defaulting to dev, as
 * everywhere): a variable the environment sets wins, one it leaves unset or blank comes from the file.
 * A missing file changes nothing; an unreadable one is a ConfigError.
 */
export function withEnvFile(environment: Environment, directory: string): Record<string, EnvValue> {
  const fileName = envFileName(environment.APT_ENV);
  const fromFile = fileName === undefined ? {} : readEnvFile(path.join(directory, fileName));
  const valueOf = (name: string): EnvValue => {
    const fromEnvironment = own(environment, name);
    return isSet(fromEnvironment) ? fromEnvironment : (own(fromFile, name) ?? fromEnvironment);
  };
  const names = new Set([...Object.keys(fromFile), ...Object.keys(environment)]);
  return Object.fromEntries([...names].map((name) => [name, valueOf(name)]));
}

/** No file for an APT_ENV that is not one of the environments: loadAppConfig refuses it anyway. */
function envFileName(aptEnv: EnvValue): string | undefined {
  const name = isSet(aptEnv) ? aptEnv : 'dev';
  return (APT_ENVIRONMENTS as readonly string[]).includes(name) ? `.env.${name}` : undefined;
}

/** KEY=VALUE lines with comments, quotes and `export ` prefixes, parsed by Node's own dotenv parser. */
function readEnvFile(file: string): Environment {
  try {
    return parseEnv(readFileSync(file, 'utf8'));
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    if (code === 'ENOENT') return {};
    throw new ConfigError(path.basename(file), `could not be read (${message})`);
  }
}

const isSet = (value: EnvValue): value is string => value !== undefined && value.trim() !== '';

const own = (record: Environment, name: string): EnvValue => (Object.hasOwn(record, name) ? record[name] : undefined);
