import type { Client } from 'pg';
import { institutionUserEmail } from './seed/dataset-sql.js';

/** One endpoint under load: the paths it cycles through and its p99 target. */
export interface Scenario {
  readonly name: string;
  readonly paths: readonly string[];
  readonly p99TargetMs: number;
}

export interface Workload {
  /** The institution with the most objects, whose institutional user sends every request. */
  readonly institutionId: number;
  readonly userEmail: string;
  readonly scenarios: readonly Scenario[];
}

const SAMPLE = 500;
const API = '/member-api/v3';

/** `show/*` takes the identifier as a path: each segment percent-encoded, the slashes kept. */
const identifierPath = (identifier: string): string => identifier.split('/').map(encodeURIComponent).join('/');

/** The hottest member-API reads, on random records of the largest institution. */
export async function buildWorkload(client: Client): Promise<Workload> {
  const { rows: biggest } = await client.query<{ institution_id: number }>(
    `SELECT institution_id FROM intellectual_objects GROUP BY institution_id ORDER BY count(*) DESC LIMIT 1`,
  );
  const institutionId = biggest[0]?.institution_id;
  if (institutionId === undefined) throw new Error('The bench database holds no objects');

  const sample = async (sql: string): Promise<string[]> =>
    (await client.query<{ v: string }>(sql, [institutionId, SAMPLE])).rows.map((row) => String(row.v));
  // md5 order: a uniform sample that is the same on every run over the same dataset.
  const fileIdentifiers = await sample(`SELECT identifier AS v FROM generic_files WHERE institution_id = $1 ORDER BY md5(id::text) LIMIT $2`);
  const objects = await client.query<{ id: number; identifier: string }>(
    `SELECT id, identifier FROM intellectual_objects WHERE institution_id = $1 ORDER BY md5(id::text) LIMIT $2`,
    [institutionId, SAMPLE],
  );
  const itemFilters = ['Ingest', 'Restore Object', 'Delete'].flatMap((action) =>
    ['Success', 'Failed', 'Pending'].map((status) => `action=${encodeURIComponent(action)}&status=${status}`),
  );

  return {
    institutionId,
    userEmail: institutionUserEmail(institutionId),
    scenarios: [
      { name: 'file show by identifier', paths: fileIdentifiers.map((id) => `${API}/files/show/${identifierPath(id)}`), p99TargetMs: 50 },
      { name: 'object show by identifier', paths: objects.rows.map((o) => `${API}/objects/show/${identifierPath(o.identifier)}`), p99TargetMs: 50 },
      {
        name: 'objects list (institution, updated_at desc)',
        paths: [`${API}/objects?institution_id=${institutionId}&sort=updated_at__desc`],
        p99TargetMs: 50,
      },
      {
        name: 'objects list (institution, state, updated_at desc)',
        paths: [`${API}/objects?institution_id=${institutionId}&state=A&sort=updated_at__desc`],
        p99TargetMs: 50,
      },
      { name: 'events list for an object', paths: objects.rows.map((o) => `${API}/events?intellectual_object_id=${o.id}`), p99TargetMs: 50 },
      { name: 'items list (action, status)', paths: itemFilters.map((q) => `${API}/items?${q}`), p99TargetMs: 50 },
      {
        name: 'objects list page 1000',
        paths: [`${API}/objects?institution_id=${institutionId}&sort=updated_at__desc&page=1000&per_page=20`],
        p99TargetMs: 100,
      },
      { name: 'files list page 1000', paths: [`${API}/files?institution_id=${institutionId}&page=1000&per_page=20`], p99TargetMs: 100 },
    ],
  };
}
