import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import autocannon from 'autocannon';
import { runAdminWriteScenarios, type AdminWriteReport } from './admin-scenarios.js';
import { benchConfig, isSelected, type BenchConfig } from './bench-config.js';
import { buildWorkload, type Scenario, type Workload } from './scenarios.js';
import { loadTotals, measureLoad } from './load-window.js';
import { prewarmDataset } from './prewarm.js';
import { ensureDataset, withClient } from './seed/seed-database.js';
import { startServer, type ServerProcess } from './server-process.js';

/** Resident-memory target of the server under the member-API reads (the writes' peak is reported, without a target). */
const MEMORY_TARGET_BYTES = 200 * 1024 * 1024;
const API_KEY = 'password';

interface EndpointResult {
  readonly name: string;
  readonly example: string;
  /** `count` of the first response (lists only). */
  readonly count: number | null;
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly p99TargetMs: number;
  readonly requestsPerSecondTarget?: number;
  readonly meetsTarget: boolean;
  readonly requests: number;
  readonly non2xx: number;
  readonly errors: number;
  /** Largest resident memory sampled while this endpoint was under load. */
  readonly peakRssBytes: number;
  /** Server CPU time per request: a cost that, unlike latency, hardly depends on other load. */
  readonly serverCpuMsPerRequest: number;
  /** CPU time of the local PostgreSQL per request, background writers included; null for a database elsewhere. */
  readonly databaseCpuMsPerRequest: number | null;
}

interface BenchReport {
  readonly dataset: { readonly scale: BenchConfig['scale']; readonly reused: boolean };
  readonly load: {
    readonly connections: number;
    readonly durationSeconds: number;
    readonly institutionId: number;
    readonly user: string;
    readonly serverNodeOptions: string;
    /** The machine's one-minute load average before and after the run: other work skews latencies. */
    readonly loadAverage: readonly [before: number, after: number];
    /** Shares of the machine's CPU time, over the run, spent waiting for the disk and taken by the hypervisor (steal). */
    readonly machineCpu: MachineCpuShares;
  };
  readonly endpoints: readonly EndpointResult[];
  /** Preserv's write paths on the admin API (their rows are among `endpoints` too). */
  readonly writes: AdminWriteReport['recorder'] | null;
  readonly memory: {
    /** Under the member-API reads, which the target is for; null when none ran. */
    readonly peakRssBytes: number | null;
    /** Under the admin writes (100-file batches in flight), if they ran. */
    readonly writesPeakRssBytes: number | null;
    readonly vmHwmBytes: number;
    readonly targetBytes: number;
    readonly meetsTarget: boolean | null;
  };
}

async function main(): Promise<void> {
  const config = benchConfig();
  const dataset = await ensureDataset(config.databaseUrl, config.scale);
  const workload = await withClient(config.databaseUrl, buildWorkload);

  const server = await startServer(config.databaseUrl, config.serverPoolSize, config.serverNodeOptions);
  const loadBefore = loadavg()[0]!;
  const cpuBefore = readMachineCpu();
  const results: EndpointResult[] = [];
  const readResults: EndpointResult[] = [];
  let writes: AdminWriteReport | null = null;
  let vmHwm = 0;
  try {
    await prewarm(config);
    for (const scenario of workload.scenarios.filter((s) => isSelected(config, s.name))) {
      process.stderr.write(`Load: ${scenario.name} … `);
      readResults.push(await runScenario(server, workload, scenario, config));
      process.stderr.write('done\n');
    }
    results.push(...readResults);
    await prewarm(config);
    process.stderr.write('Load: admin writes (recorder, fixity, work items) … ');
    writes = await withClient(config.databaseUrl, (client) => runAdminWriteScenarios(server, config, client));
    results.push(...writes.endpoints);
    process.stderr.write('done\n');
    vmHwm = server.memory().hwm;
  } finally {
    await server.stop();
  }

  const peakRss = readResults.length > 0 ? Math.max(...readResults.map((r) => r.peakRssBytes)) : null;
  const writesPeakRss = writes && writes.endpoints.length > 0 ? Math.max(...writes.endpoints.map((r) => r.peakRssBytes)) : null;
  const report: BenchReport = {
    dataset: { scale: config.scale, reused: dataset === 'reused' },
    load: {
      connections: config.connections,
      durationSeconds: config.durationSeconds,
      institutionId: workload.institutionId,
      user: workload.userEmail,
      serverNodeOptions: config.serverNodeOptions,
      loadAverage: [round2(loadBefore), round2(loadavg()[0]!)],
      machineCpu: machineCpuShares(cpuBefore, readMachineCpu()),
    },
    endpoints: results,
    writes: writes?.recorder ?? null,
    memory: {
      peakRssBytes: peakRss,
      writesPeakRssBytes: writesPeakRss,
      vmHwmBytes: vmHwm,
      targetBytes: MEMORY_TARGET_BYTES,
      meetsTarget: peakRss === null ? null : peakRss <= MEMORY_TARGET_BYTES,
    },
  };
  process.stdout.write(`${formatTable(report)}\n\n${JSON.stringify(report, null, 2)}\n`);
  if (config.outputFile) writeFileSync(config.outputFile, `${JSON.stringify(report, null, 2)}\n`);
  if (results.some((r) => r.non2xx > 0 || r.errors > 0)) {
    process.stderr.write('Some requests failed (see non2xx / errors above).\n');
    process.exitCode = 1;
  }
}

async function prewarm(config: BenchConfig): Promise<void> {
  process.stderr.write('Reading the dataset into the cache … ');
  const megabytes = await withClient(config.databaseUrl, prewarmDataset);
  process.stderr.write(megabytes === null ? 'skipped (no pg_prewarm extension)\n' : `${megabytes} MB\n`);
}

async function runScenario(server: ServerProcess, workload: Workload, scenario: Scenario, config: BenchConfig): Promise<EndpointResult> {
  const headers = { 'X-Pharos-API-User': workload.userEmail, 'X-Pharos-API-Key': API_KEY };
  const count = await preflight(server.baseUrl, scenario, headers);

  let next = 0;
  const options = (duration: number): autocannon.Options => ({
    url: server.baseUrl,
    connections: config.connections,
    duration,
    headers,
    requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: scenario.paths[next++ % scenario.paths.length] }) }],
  });

  await autocannon(options(config.warmupSeconds));
  const { result, usage } = await measureLoad(server, () => autocannon(options(config.durationSeconds)));
  const p99 = result.latency.p99;
  return {
    name: scenario.name,
    example: scenario.paths[0] ?? '',
    count,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: p99,
    p99TargetMs: scenario.p99TargetMs,
    meetsTarget: p99 <= scenario.p99TargetMs,
    ...loadTotals(result, usage),
  };
}

/** One request before the load: it must answer 200, and a list's count is reported. */
async function preflight(baseUrl: string, scenario: Scenario, headers: Record<string, string>): Promise<number | null> {
  const path = scenario.paths[0];
  if (path === undefined) throw new Error(`${scenario.name}: no request to send (is the dataset empty?)`);
  const response = await fetch(`${baseUrl}${path}`, { headers });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`${scenario.name}: GET ${path} answered ${response.status}: ${body.slice(0, 300)}`);
  const json = JSON.parse(body) as { count?: unknown };
  return typeof json.count === 'number' ? json.count : null;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

function formatTable(report: BenchReport): string {
  const header = ['endpoint', 'req/s', 'p50 ms', 'p99 ms', 'target', '', 'server CPU ms/req', 'database CPU ms/req', 'count', 'non-2xx'];
  const rows = report.endpoints.map((r) => [
    r.name,
    String(r.requestsPerSecond),
    String(r.p50Ms),
    String(r.p99Ms),
    `${r.requestsPerSecondTarget ? `≥ ${r.requestsPerSecondTarget}/s, ` : ''}p99 ≤ ${r.p99TargetMs}`,
    r.meetsTarget ? 'ok' : 'MISS',
    r.serverCpuMsPerRequest.toFixed(2),
    r.databaseCpuMsPerRequest === null ? '' : r.databaseCpuMsPerRequest.toFixed(2),
    r.count === null ? '' : String(r.count),
    String(r.non2xx + r.errors),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  const { scale } = report.dataset;
  return [
    `Dataset: ${scale.institutions} institutions, ${scale.objects} objects, ${scale.files} files, ${scale.checksums} checksums, ` +
      `${scale.events} events, ${scale.workItems} work items (${report.dataset.reused ? 'reused' : 'seeded now'})`,
    `Load: ${report.load.connections} connections, ${report.load.durationSeconds} s per endpoint, as ${report.load.user}` +
      `${report.load.serverNodeOptions ? `, server NODE_OPTIONS="${report.load.serverNodeOptions}"` : ''}; ` +
      `machine load average ${report.load.loadAverage[0]} before, ${report.load.loadAverage[1]} after (${cpus().length} CPUs); ` +
      `${report.load.machineCpu.iowaitPercent}% of CPU time waiting for the disk, ${report.load.machineCpu.stealPercent}% stolen by the host`,
    '',
    line(header),
    `|${widths.map((w, i) => (i === 0 ? ':' : '') + '-'.repeat(w + (i === 0 ? 1 : 1)) + (i === 0 ? '' : ':')).join('|')}|`,
    ...rows.map(line),
    '',
    ...(report.writes
      ? [
          `Recorder: ${report.writes.filesPerSecond} files/s (100-file batches), target ≥ ${report.writes.targetFilesPerSecond}: ${report.writes.meetsTarget ? 'ok' : 'MISS'}; ` +
            `PostgreSQL alone (the same rows by SQL from ${report.load.connections} sessions, no server): ${report.writes.databaseAloneFilesPerSecond} files/s`,
          '',
        ]
      : []),
    (report.memory.peakRssBytes === null
      ? 'Server memory: no member reads ran'
      : `Server memory: peak RSS under the member reads ${mb(report.memory.peakRssBytes)}, ` +
        `target ≤ ${mb(report.memory.targetBytes)}: ${report.memory.meetsTarget ? 'ok' : 'MISS'}`) +
      (report.memory.writesPeakRssBytes === null ? '' : `; under the admin writes ${mb(report.memory.writesPeakRssBytes)}`) +
      ` (VmHWM ${mb(report.memory.vmHwmBytes)})`,
  ].join('\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`Bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

interface MachineCpuShares {
  readonly iowaitPercent: number;
  readonly stealPercent: number;
}

/** The `cpu` line of /proc/stat: user, nice, system, idle, iowait, irq, softirq, steal… in clock ticks. */
function readMachineCpu(): number[] {
  const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!;
  return line.trim().split(/\s+/).slice(1, 9).map(Number);
}

function machineCpuShares(before: readonly number[], after: readonly number[]): MachineCpuShares {
  const spent = after.map((ticks, i) => ticks - before[i]!);
  const total = spent.reduce((sum, ticks) => sum + ticks, 0) || 1;
  return { iowaitPercent: Math.round((100 * spent[4]!) / total), stealPercent: Math.round((100 * spent[7]!) / total) };
}
