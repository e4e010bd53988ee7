import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ScheduledJob, type JobContext } from '../../../shared/jobs/index.js';
import { OutboxRelay } from '../../../shared/messaging/outbox-relay.service.js';
import { NOW_UTC } from '../../../shared/persistence/sql-time.js';
import { nowTimestamp, toWireTimestamp, type Timestamp } from '../../../shared/time/timestamp.js';
import { isDueForSpotRestore, SPOT_RESTORE_MIN_OBJECT_SIZE } from '../../institutions/domain/spot-restore.rules.js';
import { newRestorationItem, WorkItemsFacade } from '../../work-items/index.js';
import { ObjectWorkQueries } from '../infrastructure/persistence/object-work.queries.js';

/** The `ar_internal_metadata` row the reference keeps the time of the last run in (RFC 3339), shown on the internal metadata page. */
const LAST_RUN_KEY = 'spot restore last run';

/** Spot-test restorations are requested by the system account. */
export const SPOT_TEST_REQUESTER = 'system@aptrust.org';

interface SpotRestoreRow {
  readonly id: number;
  readonly spot_restore_frequency: number;
  readonly last_spot_restore_work_item_id: number | null;
  readonly date_processed: Timestamp | null;
}

/**
 * The daily restoration spot tests (workflows.md §2.5, data-model.md §4.1): for every institution
 * that is due, a restoration of its candidate object (data-model.md §2.5) for the system user,
 * queued through the outbox, and its id in institutions.last_spot_restore_work_item_id, all in one
 * transaction per institution. The job system runs it once per day across instances (its own lock),
 * and the institution row is locked and re-checked, so an institution never gets two spot tests.
 */
@Injectable()
export class RestorationSpotTestJob {
  private readonly logger = new Logger(RestorationSpotTestJob.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly work: ObjectWorkQueries,
    private readonly workItems: WorkItemsFacade,
    private readonly relay: OutboxRelay,
  ) {}

  @ScheduledJob({ name: 'restoration-spot-tests', every: '24h', startAfter: '5m' })
  async run(context: JobContext): Promise<string> {
    // Every institution with spot tests enabled (the reference looked at the first 100 only).
    const institutions: { id: number }[] = await this.dataSource.query(
      `SELECT id FROM institutions WHERE spot_restore_frequency > 0 ORDER BY id`,
    );
    let queued = 0;
    let noCandidate = 0;
    const errors: string[] = [];
    for (const { id } of institutions) {
      if (context.signal.aborted) break;
      try {
        const outcome = await this.spotTest(id);
        if (outcome === 'queued') queued++;
        if (outcome === 'no candidate') noCandidate++;
      } catch (error) {
        const message = `institution ${id}: ${error instanceof Error ? error.message : String(error)}`;
        this.logger.error(`Restoration spot test failed for ${message}`);
        errors.push(message);
      }
    }
    if (queued > 0) this.relay.nudge();
    await this.recordRun();
    const summary = `queued ${queued} spot tests${noCandidate > 0 ? `, ${noCandidate} due institutions without a candidate object` : ''}`;
    if (errors.length > 0) throw new Error(`${summary}; failed: ${errors.join('; ')}`);
    return summary;
  }

  private async recordRun(): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO ar_internal_metadata (key, value, created_at, updated_at) VALUES ($1, $2, ${NOW_UTC}, ${NOW_UTC})
       ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = EXCLUDED.updated_at`,
      [LAST_RUN_KEY, toWireTimestamp(nowTimestamp())],
    );
  }

  /** One institution, in one transaction holding its row. */
  private spotTest(institutionId: number): Promise<'queued' | 'not due' | 'no candidate'> {
    return this.dataSource.transaction(async (manager) => {
      const [row]: SpotRestoreRow[] = await manager.query(
        `SELECT i.id, i.spot_restore_frequency, i.last_spot_restore_work_item_id, w.date_processed
           FROM institutions i LEFT JOIN work_items w ON w.id = i.last_spot_restore_work_item_id
          WHERE i.id = $1 FOR UPDATE OF i`,
        [institutionId],
      );
      const now = nowTimestamp();
      const settings = { spotRestoreFrequency: row?.spot_restore_frequency ?? 0, lastSpotRestoreWorkItemId: row?.last_spot_restore_work_item_id ?? null };
      if (!row || !isDueForSpotRestore(settings, row.date_processed, now)) return 'not due';
      const [candidate]: { id: number }[] = await manager.query(
        `SELECT o.id FROM intellectual_objects_view o
          WHERE o.institution_id = $1 AND o.state = 'A' AND o.size >= $2
            AND NOT EXISTS (SELECT 1 FROM work_items w
                             WHERE w.intellectual_object_id = o.id AND w.action = 'Restore Object' AND w.status = 'Success'
                               AND w.updated_at > current_date - $3::int)
          ORDER BY o.size, o.id LIMIT 1`,
        [institutionId, SPOT_RESTORE_MIN_OBJECT_SIZE, row.spot_restore_frequency],
      );
      if (!candidate) return 'no candidate';
      const facts = await this.work.newItemFacts(manager, candidate.id);
      if (!facts) return 'no candidate';
      const lastIngest = await this.workItems.lastSuccessfulIngest(manager, candidate.id);
      const [saved] = await this.workItems.createItems(manager, [newRestorationItem({ ...facts, lastIngest, now, requesterEmail: SPOT_TEST_REQUESTER })]);
      await manager.query(`UPDATE institutions SET last_spot_restore_work_item_id = $2, updated_at = ${NOW_UTC} WHERE id = $1`, [institutionId, saved.id]);
      this.logger.log(`Restoration spot test for institution ${institutionId}: work item ${saved.id} (object ${candidate.id})`);
      return 'queued';
    });
  }
}
