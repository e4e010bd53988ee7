import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { projectRoot } from '../src/shared/project-root.js';

export interface ServerProcess {
  readonly baseUrl: string;
  readonly pid: number;
  /** Resident memory now and the high-water mark since the process started, in bytes (Linux /proc). */
  memory(): { rss: number; hwm: number };
  /** User plus system CPU time the process has used, in milliseconds (Linux /proc). */
  cpuMs(): number;
  stop(): Promise<void>;
}

/** Starts the built server (`dist/src/main.js`) against the database and waits until /health answers 200. */
export async function startServer(databaseUrl: string, poolSize: number, nodeOptions: string): Promise<ServerProcess> {
  const port = await freePort();
  // Passed as arguments rather than NODE_OPTIONS, so flags Node refuses there (--cpu-prof) work too.
  const nodeArgs = nodeOptions.split(/\s+/).filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, path.join(projectRoot(), 'dist', 'src', 'main.js')], {
    cwd: projectRoot(),
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      DB_POOL_SIZE: String(poolSize),
      PORT: String(port),
      LOG_LEVEL: 'warn',
      // Scheduled jobs (a history rebuild two minutes in, on a dataset without snapshots) would compete with the load.
      JOBS_ENABLED: 'false',
      NODE_ENV: 'production',
      NODE_OPTIONS: '',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error('The server process did not start');
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl, child);
  return {
    baseUrl,
    pid,
    memory: () => readMemory(pid),
    cpuMs: () => readCpuMs(pid),
    stop: () => stopChild(child),
  };
}

async function waitForHealth(baseUrl: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited with code ${child.exitCode} before it was ready`);
    try {
      const response = await fetch(`${baseUrl}/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stopChild(child);
  throw new Error('The server did not become healthy within 60 s');
}

function readMemory(pid: number): { rss: number; hwm: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
  return { rss: kib('VmRSS'), hwm: kib('VmHWM') };
}

/** Fields 14 and 15 of /proc/<pid>/stat, in clock ticks (USER_HZ, 100 on Linux). */
function readCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
