import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import type { Client } from 'pg';
import { isSelected, type BenchConfig } from './bench-config.js';
import { SYS_ADMIN_EMAIL } from './seed/dataset-sql.js';
import { loadTotals, measureLoad, perRequest } from './load-window.js';
import { recorderDatabaseAloneFilesPerSecond } from './recorder-database-alone.js';
import type { ServerProcess } from './server-process.js';

const API = '/admin-api/v3';
const HEADERS = { 'X-Pharos-API-User': SYS_ADMIN_EMAIL, 'X-Pharos-API-Key': 'password', 'Content-Type': 'application/json' };
const ZERO = '0001-01-01T00:00:00Z';
const FILES_PER_BATCH = 100;
const EVENT_TYPES = ['ingestion', 'message digest calculation', 'message digest calculation', 'identifier assignment', 'identifier assignment', 'replication', 'validation', 'access assignment'];

/** The results of Preserv's two write paths, in the shape of the read endpoints' results. */
export interface AdminWriteResult {
  readonly name: string;
  readonly example: string;
  readonly count: number | null;
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly p99TargetMs: number;
  /** Throughput the path must reach as well, where the issue sets one. */
  readonly requestsPerSecondTarget?: number;
  readonly meetsTarget: boolean;
  readonly requests: number;
  readonly non2xx: number;
  readonly errors: number;
  readonly peakRssBytes: number;
  readonly serverCpuMsPerRequest: number;
  readonly databaseCpuMsPerRequest: number | null;
}

export interface AdminWriteReport {
  readonly endpoints: readonly AdminWriteResult[];
  /** The recorder path: files written per second, and the target. */
  readonly recorder: {
    readonly filesPerSecond: number;
    readonly targetFilesPerSecond: number;
    readonly meetsTarget: boolean;
    /** The same rows inserted by SQL from as many sessions, without the server: the ceiling PostgreSQL sets on this machine. */
    readonly databaseAloneFilesPerSecond: number;
  } | null;
}

/** Files of the recorder's throughput target (100-file batches, 4 checksums, 2 storage records, 8 events each). */
const RECORDER_TARGET_FILES_PER_SECOND = 5000;
const RECORDER_NAME = `recorder: object + create_batch of ${FILES_PER_BATCH} files (4 checksums, 2 storage records, 8 events each)`;
const FIXITY_NAME = 'fixity: file show by identifier + fixity event create + file update';
const WORK_ITEM_NAME = 'work item: show + update (started) + update (finished)';
/** Requests per second over the fixity checker's cycle, and the p99 of each request. */
const FIXITY_TARGET = { requestsPerSecond: 1500, p99Ms: 20 };
/** The work item cycle is the same kind of traffic (one read, small writes); it is held to the fixity path's target. */
const WORK_ITEM_TARGET = FIXITY_TARGET;

interface Sample {
  readonly institutionId: number;
  readonly institutionIdentifier: string;
  /** Files for the fixity path: id and identifier. */
  readonly files: readonly { readonly id: number; readonly identifier: string; readonly objectId: number }[];
  /** Ingest work items of the institution, for the work item path. */
  readonly workItemIds: readonly number[];
}

/**
 * Preserv's write traffic on the admin API as the system account: the recorder (an object, then a
 * batch of 100 files with their checksums, storage records and events, per bag) and the fixity
 * checker (a file by identifier, then a fixity event for it). Both add rows to the bench database;
 * identifiers are fresh UUIDs, so runs can follow one another on the same dataset.
 */
export async function runAdminWriteScenarios(server: ServerProcess, config: BenchConfig, client: Client): Promise<AdminWriteReport> {
  const sample = await sampleRecords(client);
  const endpoints: AdminWriteResult[] = [];
  let recorder: AdminWriteReport['recorder'] | null = null;
  if (isSelected(config, RECORDER_NAME)) {
    await settleWrites(client);
    const run = await runRecorder(server, config, sample);
    endpoints.push(run.result);
    await settleWrites(client);
    const objectId = sample.files[0]?.objectId ?? 0;
    const target = { institutionId: sample.institutionId, institutionIdentifier: sample.institutionIdentifier, objectId };
    recorder = {
      filesPerSecond: run.filesPerSecond,
      targetFilesPerSecond: RECORDER_TARGET_FILES_PER_SECOND,
      meetsTarget: run.filesPerSecond >= RECORDER_TARGET_FILES_PER_SECOND,
      databaseAloneFilesPerSecond: await recorderDatabaseAloneFilesPerSecond(config.databaseUrl, config.connections, config.durationSeconds, target),
    };
  }
  if (isSelected(config, FIXITY_NAME)) {
    await settleWrites(client);
    endpoints.push(await runFixity(server, config, sample));
  }
  if (isSelected(config, WORK_ITEM_NAME)) {
    await settleWrites(client);
    endpoints.push(await runWorkItemCycle(server, config, sample));
  }
  return { endpoints, recorder };
}

async function sampleRecords(client: Client): Promise<Sample> {
  const { rows: [institution] } = await client.query<{ id: number; identifier: string }>(
    `SELECT i.id, i.identifier FROM institutions i JOIN intellectual_objects o ON o.institution_id = i.id
     GROUP BY i.id, i.identifier ORDER BY count(*) DESC LIMIT 1`,
  );
  if (!institution) throw new Error('The bench database holds no objects');
  const { rows: files } = await client.query<{ id: number; identifier: string; object_id: number }>(
    `SELECT id, identifier, intellectual_object_id AS object_id FROM generic_files WHERE institution_id = $1 AND state = 'A'
     ORDER BY random() LIMIT 500`,
    [institution.id],
  );
  const { rows: workItems } = await client.query<{ id: number }>(
    `SELECT id FROM work_items WHERE institution_id = $1 AND action = 'Ingest' ORDER BY random() LIMIT 500`,
    [institution.id],
  );
  return {
    institutionId: institution.id,
    institutionIdentifier: institution.identifier,
    files: files.map((f) => ({ id: f.id, identifier: f.identifier, objectId: f.object_id })),
    workItemIds: workItems.map((w) => w.id),
  };
}

/**
 * Writes the previous scenario's dirty pages to disk (CHECKPOINT), so that each write path is
 * measured on its own rather than beside the flushing of the one before it. Skipped when the bench
 * user may not checkpoint.
 */
async function settleWrites(client: Client): Promise<void> {
  await client.query('CHECKPOINT').catch(() => undefined);
}

/** Bag by bag, `connections` at a time: create the object, then its files in one batch. The batch is what is timed. */
async function runRecorder(server: ServerProcess, config: BenchConfig, sample: Sample): Promise<{ result: AdminWriteResult; filesPerSecond: number }> {
  const run = randomUUID().slice(0, 8);
  let bag = 0;
  const latencies: number[] = [];
  let failures = 0;
  let firstFailure = '';

  const recordOneBag = async (timed: boolean): Promise<void> => {
    const name = `bench-${run}-${bag++}`;
    const object = await post(server.baseUrl, `${API}/objects/create/${sample.institutionId}`, newObject(sample, name));
    if (object.status !== 201) {
      failures++;
      firstFailure ||= `objects/create answered ${object.status}: ${object.body.slice(0, 300)}`;
      return;
    }
    const objectId = (JSON.parse(object.body) as { id: number }).id;
    const body = JSON.stringify(Array.from({ length: FILES_PER_BATCH }, (_, i) => newFile(sample, name, objectId, i)));
    const started = performance.now();
    const batch = await post(server.baseUrl, `${API}/files/create_batch/${sample.institutionId}`, body);
    if (timed) latencies.push(performance.now() - started);
    if (batch.status !== 201) {
      failures++;
      firstFailure ||= `files/create_batch answered ${batch.status}: ${batch.body.slice(0, 300)}`;
    }
  };
  const loadFor = async (seconds: number, timed: boolean): Promise<void> => {
    const until = performance.now() + seconds * 1000;
    await Promise.all(Array.from({ length: config.connections }, async () => {
      while (performance.now() < until) await recordOneBag(timed);
    }));
  };

  await loadFor(config.warmupSeconds, false);
  const started = performance.now();
  const { usage } = await measureLoad(server, () => loadFor(config.durationSeconds, true));
  const seconds = (performance.now() - started) / 1000;
  if (firstFailure) process.stderr.write(`\n  recorder: ${failures} failed requests; first: ${firstFailure}\n`);
  const batches = latencies.length;
  const sorted = [...latencies].sort((a, b) => a - b);
  const percentile = (p: number) => (sorted.length === 0 ? 0 : Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!));
  const filesPerSecond = Math.round((batches * FILES_PER_BATCH) / seconds);
  return {
    filesPerSecond,
    result: {
      name: RECORDER_NAME,
      example: `POST ${API}/files/create_batch/${sample.institutionId}`,
      count: null,
      requestsPerSecond: Math.round(batches / seconds),
      p50Ms: percentile(50),
      p99Ms: percentile(99),
      // A batch of 100 at 5,000 files/s over `connections` concurrent recorders.
      p99TargetMs: Math.round((config.connections * FILES_PER_BATCH * 1000) / RECORDER_TARGET_FILES_PER_SECOND),
      meetsTarget: filesPerSecond >= RECORDER_TARGET_FILES_PER_SECOND,
      requests: batches,
      non2xx: failures,
      errors: 0,
      peakRssBytes: usage.peakRssBytes,
      // Per batch, the object create included.
      serverCpuMsPerRequest: perRequest(usage.serverCpuMs, batches),
      databaseCpuMsPerRequest: perRequest(usage.databaseCpuMs, batches),
    },
  };
}

/** Preserv's fixity checker, as the issue times it: GET the file by identifier, POST its fixity event, PUT the file with its new last_fixity_check. */
function runFixity(server: ServerProcess, config: BenchConfig, sample: Sample): Promise<AdminWriteResult> {
  if (sample.files.length === 0) throw new Error('fixity: the bench database holds no active files');
  let next = 0;
  const state = (context: object) => context as { file: Sample['files'][number]; record: Record<string, unknown>; checkedAt: string };
  return measureRequestCycle(server, config, {
    name: FIXITY_NAME,
    example: `GET ${API}/files/show/<identifier>, POST ${API}/events/create, PUT ${API}/files/update/<id>`,
    target: FIXITY_TARGET,
    requests: [
      {
        method: 'GET',
        setupRequest: (request, context) => {
          const file = sample.files[next++ % sample.files.length]!;
          state(context).file = file;
          return { ...request, path: `${API}/files/show/${encodeURIComponent(file.identifier)}` };
        },
        onResponse: (_status, body, context) => {
          state(context).record = JSON.parse(body) as Record<string, unknown>;
        },
      },
      {
        method: 'POST',
        setupRequest: (request, context) => {
          const event = fixityEvent(sample, state(context).file);
          state(context).checkedAt = event.date_time;
          return { ...request, path: `${API}/events/create`, body: JSON.stringify(event) };
        },
      },
      {
        method: 'PUT',
        setupRequest: (request, context) => {
          const { file, record, checkedAt } = state(context);
          return { ...request, path: `${API}/files/update/${file.id}`, body: JSON.stringify({ ...record, last_fixity_check: checkedAt }) };
        },
      },
    ],
  });
}

/** Every WorkItem-based NSQ message: GET the item, PUT it started, PUT it finished. */
function runWorkItemCycle(server: ServerProcess, config: BenchConfig, sample: Sample): Promise<AdminWriteResult> {
  if (sample.workItemIds.length === 0) throw new Error('work items: the bench database holds no ingest work items');
  let next = 0;
  const state = (context: object) => context as { id: number; record: Record<string, unknown> };
  const update = (changes: Record<string, unknown>): autocannon.Request => ({
    method: 'PUT',
    setupRequest: (request, context) => {
      const { id, record } = state(context);
      return { ...request, path: `${API}/items/update/${id}`, body: JSON.stringify({ ...record, ...changes }) };
    },
  });
  return measureRequestCycle(server, config, {
    name: WORK_ITEM_NAME,
    example: `GET ${API}/items/show/<id>, PUT ${API}/items/update/<id> twice`,
    target: WORK_ITEM_TARGET,
    requests: [
      {
        method: 'GET',
        setupRequest: (request, context) => {
          const id = sample.workItemIds[next++ % sample.workItemIds.length]!;
          state(context).id = id;
          return { ...request, path: `${API}/items/show/${id}` };
        },
        onResponse: (_status, body, context) => {
          state(context).record = JSON.parse(body) as Record<string, unknown>;
        },
      },
      update({ stage: 'Record', status: 'Started', node: 'bench-worker', pid: 4242, note: 'Recording', stage_started_at: new Date().toISOString() }),
      update({ stage: 'Cleanup', status: 'Success', node: '', pid: 0, note: 'Finished cleanup', outcome: 'Ingest complete' }),
    ],
  });
}

interface RequestCycle {
  readonly name: string;
  readonly example: string;
  readonly target: { readonly requestsPerSecond: number; readonly p99Ms: number };
  readonly requests: autocannon.Request[];
}

/** Drives one client cycle of requests on every connection for the configured time, after a warm-up. */
async function measureRequestCycle(server: ServerProcess, config: BenchConfig, cycle: RequestCycle): Promise<AdminWriteResult> {
  const options = (duration: number): autocannon.Options => ({
    url: server.baseUrl,
    connections: config.connections,
    duration,
    headers: HEADERS,
    requests: cycle.requests,
  });
  await autocannon(options(config.warmupSeconds));
  const { result, usage } = await measureLoad(server, () => autocannon(options(config.durationSeconds)));
  const requestsPerSecond = Math.round(result.requests.average);
  return {
    name: cycle.name,
    example: cycle.example,
    count: null,
    requestsPerSecond,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    p99TargetMs: cycle.target.p99Ms,
    requestsPerSecondTarget: cycle.target.requestsPerSecond,
    meetsTarget: result.latency.p99 <= cycle.target.p99Ms && requestsPerSecond >= cycle.target.requestsPerSecond,
    ...loadTotals(result, usage),
  };
}

async function post(baseUrl: string, path: string, body: string): Promise<{ status: number; body: string }> {
  const response = await fetch(`${baseUrl}${path}`, { method: 'POST', headers: HEADERS, body });
  return { status: response.status, body: await response.text() };
}

function newObject(sample: Sample, name: string): string {
  return JSON.stringify({
    id: 0,
    identifier: `${sample.institutionIdentifier}/${name}`,
    institution_id: sample.institutionId,
    title: `Bench bag ${name}`,
    description: 'Recorded by the bench',
    access: 'institution',
    bag_name: `${name}.tar`,
    etag: randomUUID().replace(/-/g, ''),
    state: 'A',
    storage_option: 'Standard',
    created_at: ZERO,
    updated_at: ZERO,
  });
}

/** A file as Preserv's recorder sends it: 4 checksums, 2 storage records, 8 events, zero values for what it does not know. */
function newFile(sample: Sample, name: string, objectId: number, index: number) {
  const uuid = randomUUID();
  const now = new Date().toISOString();
  return {
    id: 0,
    identifier: `${sample.institutionIdentifier}/${name}/data/file-${index}.txt`,
    institution_id: sample.institutionId,
    intellectual_object_id: objectId,
    file_format: 'text/plain',
    size: 1024 + index,
    state: 'A',
    storage_option: 'Standard',
    uuid,
    last_fixity_check: now,
    mtime: now,
    file_modified: now,
    created_at: ZERO,
    updated_at: ZERO,
    checksums: ['md5', 'sha1', 'sha256', 'sha512'].map((algorithm) => ({
      algorithm, datetime: now, digest: randomUUID().replace(/-/g, '').repeat(algorithm === 'md5' ? 1 : 2), generic_file_id: 0, created_at: ZERO, updated_at: ZERO,
    })),
    storage_records: [
      { url: `https://s3.amazonaws.com/aptrust.preservation.storage/${uuid}` },
      { url: `https://s3.us-west-2.amazonaws.com/aptrust.preservation.oregon/${uuid}` },
    ],
    premis_events: EVENT_TYPES.map((eventType) => ({
      identifier: randomUUID(),
      event_type: eventType,
      date_time: now,
      detail: `${eventType} of file-${index}.txt`,
      outcome: 'Success',
      outcome_detail: randomUUID(),
      outcome_information: 'Recorded by the bench',
      object: 'APTrust preservation services',
      agent: 'https://github.com/APTrust/preservation-services',
      intellectual_object_id: objectId,
      institution_id: sample.institutionId,
      generic_file_id: 0,
      created_at: ZERO,
      updated_at: ZERO,
    })),
  };
}

function fixityEvent(sample: Sample, file: Sample['files'][number]) {
  return {
    identifier: randomUUID(),
    event_type: 'fixity check',
    date_time: new Date().toISOString(),
    detail: 'Fixity check against registered hash',
    outcome: 'Success',
    outcome_detail: `sha256:${randomUUID().replace(/-/g, '')}`,
    outcome_information: 'Fixity matches',
    object: 'Go language crypto/sha256',
    agent: 'http://golang.org/pkg/crypto/sha256/',
    intellectual_object_id: file.objectId,
    generic_file_id: file.id,
    institution_id: sample.institutionId,
  };
}
