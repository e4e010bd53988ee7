import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { toPgTimestamp, type Timestamp } from '../../../../shared/time/timestamp.js';
import { FAILED_FIXITY_OUTCOMES, FIXITY_ALERTS_LAST_RUN_KEY } from '../../domain/failed-fixity.rules.js';
import { NOW_UTC } from '../../../../shared/persistence/sql-time.js';

export interface FailedFixityCount {
  readonly institutionId: number;
  readonly institutionName: string | null;
  readonly failures: number;
}

/** The failed-fixity run's reads and writes, in the run's transaction. */
@Injectable()
export class FailedFixityQueries {
  /**
   * The stored last-run time, with its row locked until the run commits, so that runs of several
   * instances take turns (the row is made, empty, when there is none).
   */
  async lockLastRun(manager: EntityManager): Promise<string | null> {
    await manager.query(
      `INSERT INTO ar_internal_metadata (key, value, created_at, updated_at) VALUES ($1, NULL, ${NOW_UTC}, ${NOW_UTC}) ON CONFLICT (key) DO NOTHING`,
      [FIXITY_ALERTS_LAST_RUN_KEY],
    );
    const rows: { value: string | null }[] = await manager.query('SELECT value FROM ar_internal_metadata WHERE key = $1 FOR UPDATE', [FIXITY_ALERTS_LAST_RUN_KEY]);
    return rows[0]?.value ?? null;
  }

  async setLastRun(manager: EntityManager, value: string): Promise<void> {
    await manager.query(`UPDATE ar_internal_metadata SET value = $2, updated_at = ${NOW_UTC} WHERE key = $1`, [FIXITY_ALERTS_LAST_RUN_KEY, value]);
  }

  /** Failed fixity checks after `from` and before `to`, counted per institution, by institution name. */
  async countsByInstitution(manager: EntityManager, from: Timestamp, to: Timestamp): Promise<FailedFixityCount[]> {
    const rows: { institution_id: number; institution_name: string | null; failures: number }[] = await manager.query(
      `SELECT institution_id, institution_name, count(*)::int AS failures FROM premis_events_view
       WHERE event_type = 'fixity check' AND outcome = ANY($3) AND date_time > $1 AND date_time < $2
       GROUP BY institution_id, institution_name ORDER BY institution_name, institution_id`,
      [toPgTimestamp(from), toPgTimestamp(to), [...FAILED_FIXITY_OUTCOMES]],
    );
    return rows.map((r) => ({ institutionId: r.institution_id, institutionName: r.institution_name, failures: r.failures }));
  }

  /** Ids of the failed checks of the window, of one institution or (null) of all. */
  async eventIds(manager: EntityManager, institutionId: number | null, from: Timestamp, to: Timestamp): Promise<number[]> {
    const rows: { id: number }[] = await manager.query(
      `SELECT id FROM premis_events
       WHERE event_type = 'fixity check' AND outcome = ANY($3) AND date_time > $1 AND date_time < $2 AND ($4::int IS NULL OR institution_id = $4)
       ORDER BY id`,
      [toPgTimestamp(from), toPgTimestamp(to), [...FAILED_FIXITY_OUTCOMES], institutionId],
    );
    return rows.map((r) => r.id);
  }

  async aptrustInstitutionId(manager: EntityManager): Promise<number | null> {
    const rows: { id: number }[] = await manager.query(`SELECT id FROM institutions WHERE identifier = 'aptrust.org'`);
    return rows[0]?.id ?? null;
  }
}
