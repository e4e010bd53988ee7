import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/shared/project-root.js';

/** What `npm run bench` does, from environment variables. */
export interface BenchConfig {
  /** The database to seed and serve from; recreated when it holds a dataset of another scale. */
  readonly databaseUrl: string;
  readonly scale: DatasetScale;
  /** Seconds of load per endpoint, after a short warm-up. */
  readonly durationSeconds: number;
  readonly warmupSeconds: number;
  /** Concurrent HTTP connections per endpoint. */
  readonly connections: number;
  /** Server connection pool size (DB_POOL_SIZE of the server). */
  readonly serverPoolSize: number;
  /** Where to write the JSON report as well, if set. */
  readonly outputFile: string | undefined;
  /** NODE_OPTIONS of the server process: by default the image's, so the bench measures the heap settings that ship. */
  readonly serverNodeOptions: string;
  /** Only the scenarios whose names match (BENCH_ONLY, a case-insensitive regular expression); all when unset. */
  readonly only: RegExp | undefined;
}

/** Row counts of the synthetic dataset. */
export interface DatasetScale {
  readonly institutions: number;
  readonly objects: number;
  readonly files: number;
  readonly checksums: number;
  readonly events: number;
  readonly workItems: number;
}

/** The default scale; BENCH_SCALE multiplies every count except institutions. */
export const DEFAULT_SCALE: DatasetScale = {
  institutions: 10,
  objects: 100_000,
  files: 1_000_000,
  checksums: 4_000_000,
  events: 5_000_000,
  workItems: 200_000,
};

const positive = (env: NodeJS.ProcessEnv, name: string, fallback: number, integer = true): number => {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
    throw new Error(`${name} must be a positive ${integer ? 'integer' : 'number'}, got "${raw}"`);
  }
  return value;
};

export function benchConfig(env: NodeJS.ProcessEnv = process.env): BenchConfig {
  const databaseUrl = env.BENCH_DATABASE_URL;
  if (!databaseUrl) {
    throw new Error('BENCH_DATABASE_URL is not set (e.g. postgres://postgres@127.0.0.1:5432/registry_bench); that database is created, seeded and reused');
  }
  const factor = positive(env, 'BENCH_SCALE', 1, false);
  const scaled = (n: number) => Math.max(1, Math.round(n * factor));
  const scale: DatasetScale = {
    institutions: positive(env, 'BENCH_INSTITUTIONS', DEFAULT_SCALE.institutions),
    objects: positive(env, 'BENCH_OBJECTS', scaled(DEFAULT_SCALE.objects)),
    files: positive(env, 'BENCH_FILES', scaled(DEFAULT_SCALE.files)),
    checksums: positive(env, 'BENCH_CHECKSUMS', scaled(DEFAULT_SCALE.checksums)),
    events: positive(env, 'BENCH_EVENTS', scaled(DEFAULT_SCALE.events)),
    workItems: positive(env, 'BENCH_WORK_ITEMS', scaled(DEFAULT_SCALE.workItems)),
  };
  return {
    databaseUrl,
    scale,
    durationSeconds: positive(env, 'BENCH_DURATION', 10),
    warmupSeconds: positive(env, 'BENCH_WARMUP', 2),
    connections: positive(env, 'BENCH_CONNECTIONS', 4),
    serverPoolSize: positive(env, 'BENCH_DB_POOL_SIZE', 10),
    outputFile: env.BENCH_OUTPUT || undefined,
    serverNodeOptions: env.BENCH_SERVER_NODE_OPTIONS ?? imageNodeOptions(),
    only: env.BENCH_ONLY ? new RegExp(env.BENCH_ONLY, 'i') : undefined,
  };
}

/** The `NODE_OPTIONS` the Dockerfile's runtime stage sets, or '' when it sets none. */
export function imageNodeOptions(dockerfile = readFileSync(path.join(projectRoot(), 'Dockerfile'), 'utf8')): string {
  const runtime = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
  return /^ENV NODE_OPTIONS="([^"]*)"/m.exec(runtime)?.[1] ?? '';
}

export const isSelected = (config: BenchConfig, scenarioName: string): boolean => !config.only || config.only.test(scenarioName);
