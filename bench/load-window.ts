import { readdirSync, readFileSync } from 'node:fs';
import type autocannon from 'autocannon';
import type { ServerProcess } from './server-process.js';

/** What the server and the database spent while one endpoint was under load. */
export interface LoadWindowUsage {
  readonly peakRssBytes: number;
  readonly serverCpuMs: number;
  /** CPU of every PostgreSQL process on this machine; null when the database runs elsewhere. */
  readonly databaseCpuMs: number | null;
}

/** Runs the load, measuring the server's peak resident memory (sampled every 100 ms) and the CPU both sides spend meanwhile. */
export async function measureLoad<T>(server: ServerProcess, load: () => Promise<T>): Promise<{ result: T; usage: LoadWindowUsage }> {
  const window = openLoadWindow(server);
  try {
    const result = await load();
    return { result, usage: window.close() };
  } catch (error) {
    window.close();
    throw error;
  }
}

function openLoadWindow(server: ServerProcess): { close(): LoadWindowUsage } {
  const serverCpuBefore = server.cpuMs();
  const databaseCpuBefore = localDatabaseCpuMs();
  let peakRssBytes = server.memory().rss;
  const sampler = setInterval(() => (peakRssBytes = Math.max(peakRssBytes, server.memory().rss)), 100);
  return {
    close() {
      clearInterval(sampler);
      const databaseCpuAfter = localDatabaseCpuMs();
      return {
        peakRssBytes,
        serverCpuMs: server.cpuMs() - serverCpuBefore,
        databaseCpuMs: databaseCpuBefore === null || databaseCpuAfter === null ? null : databaseCpuAfter - databaseCpuBefore,
      };
    },
  };
}

/** The request counts of an autocannon run, with what the server and the database spent on them. */
export function loadTotals(result: autocannon.Result, usage: LoadWindowUsage) {
  return {
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    peakRssBytes: usage.peakRssBytes,
    serverCpuMsPerRequest: perRequest(usage.serverCpuMs, result.requests.total),
    databaseCpuMsPerRequest: perRequest(usage.databaseCpuMs, result.requests.total),
  };
}

/** Milliseconds per request, to two decimals (0 without requests; null when not measured). */
export function perRequest(ms: number, requests: number): number;
export function perRequest(ms: number | null, requests: number): number | null;
export function perRequest(ms: number | null, requests: number): number | null {
  if (ms === null) return null;
  return requests > 0 ? Math.round((ms / requests) * 100) / 100 : 0;
}

/**
 * User and system CPU of the PostgreSQL processes this machine runs, backends and background
 * workers alike, plus what the postmaster collected from backends that ended; null when there are
 * none to read (a remote database, or /proc of another user's processes hidden).
 */
function localDatabaseCpuMs(): number | null {
  let ticks = 0;
  let found = false;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // ended, or not ours to read
    }
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    if (name !== 'postgres' && name !== 'postmaster') continue;
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime, stime, cutime, cstime (fields 14–17 of proc(5)), in clock ticks of 10 ms
    ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    found = true;
  }
  return found ? ticks * 10 : null;
}
