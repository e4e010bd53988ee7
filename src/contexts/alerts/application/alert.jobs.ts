import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../../../config/app-config.js';
import { APP_CONFIG } from '../../../config/config.module.js';
import { DomainError } from '../../../shared/errors/domain-error.js';
import { ScheduledJob } from '../../../shared/jobs/index.js';
import { AlertRecipientsQuery } from '../infrastructure/persistence/alert-recipients.query.js';
import { FailedFixityQueries } from '../infrastructure/persistence/failed-fixity.queries.js';
import { alertTemplates } from './alert-templates.js';
import { AlertsFacade } from './alerts.facade.js';
import { NOW_UTC } from '../../../shared/persistence/sql-time.js';

/** At most this many items go into one Stalled Work Items alert; the rest wait for the next hour. */
const STALLED_ITEMS_PER_ALERT = 1000;

/**
 * The alerts raised on a schedule (workflows.md §7.2). Failed-fixity alerts are not among them: Preserv
 * asks for them daily through the admin API (§4.3, §8.6), and its alerter fails on the 409 that a run
 * of ours earlier that day would cause.
 */
@Injectable()
export class AlertJobs {
  constructor(
    private readonly dataSource: DataSource,
    private readonly fixityQueries: FailedFixityQueries,
    private readonly recipients: AlertRecipientsQuery,
    private readonly alerts: AlertsFacade,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * One "Stalled Work Items" alert to APTrust staff listing the work items not completed and not
   * updated for STALLED_WORK_ITEM_HOURS. An item is listed at most once a day: the items of the last
   * 24 hours' Stalled Work Items alerts (alerts_work_items) are left out.
   */
  @ScheduledJob({ name: 'stalled-work-items', every: '1h', startAfter: '7m' })
  async stalledWorkItems(): Promise<string> {
    const hours = this.config.jobs.stalledWorkItemHours;
    const count = await this.dataSource.transaction(async (manager) => {
      const rows: { id: number }[] = await manager.query(
        `SELECT w.id FROM work_items w
          WHERE w.status NOT IN ('Cancelled', 'Failed', 'Success')
            AND w.updated_at < ${NOW_UTC} - make_interval(hours => $1)
            AND NOT EXISTS (SELECT 1 FROM alerts_work_items aw JOIN alerts a ON a.id = aw.alert_id
                             WHERE aw.work_item_id = w.id AND a.type = 'Stalled Work Items'
                               AND a.created_at > ${NOW_UTC} - interval '24 hours')
          ORDER BY w.id LIMIT $2`,
        [hours, STALLED_ITEMS_PER_ALERT],
      );
      if (rows.length === 0) return 0;
      const aptrustId = await this.fixityQueries.aptrustInstitutionId(manager);
      if (aptrustId === null) throw new DomainError('failed_precondition', 'the aptrust.org institution does not exist, so APTrust staff cannot be alerted of stalled work items');
      const base = this.config.registryUrl.replace(/\/+$/, '');
      const ids = rows.map((r) => r.id);
      await this.alerts.create(manager, {
        institutionId: aptrustId,
        type: 'Stalled Work Items',
        subject: 'Stalled Work Items',
        content: alertTemplates.stalledWorkItems({ itemUrls: ids.map((id) => `${base}/work_items/show/${id}`), hours }),
        recipientIds: (await this.recipients.aptrustStaff(manager)).map((r) => r.id),
        workItemIds: ids,
      });
      return ids.length;
    });
    return count === 0 ? 'no newly stalled work items' : `alerted ${count} stalled work items`;
  }
}
