import { Injectable, Logger } from '@nestjs/common';
import { isSysAdmin, type Actor } from '../../../shared/access/actor.js';
import { addDays } from '../../../shared/domain/timestamp-order.js';
import type { Page } from '../../../shared/listing/index.js';
import { nowTimestamp } from '../../../shared/time/timestamp.js';
import { AlertsService, type AlertViewRow } from '../../alerts/index.js';
import { GenericFilesService } from '../../generic-files/index.js';
import { InstitutionsService, type InstitutionViewRow } from '../../institutions/index.js';
import { IntellectualObjectsService } from '../../intellectual-objects/index.js';
import { PremisEventsService } from '../../premis-events/index.js';
import { WorkItemsService, type WorkItemViewRow } from '../../work-items/index.js';
import { DepositSummaryReadQueries, type DepositSummaryRow } from '../infrastructure/persistence/deposit-summary.read-queries.js';

/** Days of alerts the dashboard counts as recent. */
export const RECENT_ALERT_DAYS = 30;
const RECENT = '10';

export interface DashboardCounts {
  /** Null when the count could not be read (the page still renders). */
  readonly objects: number | null;
  readonly files: number | null;
  readonly events: number | null;
  readonly recentAlerts: number | null;
}

export interface Dashboard {
  readonly institution: InstitutionViewRow;
  readonly workItems: readonly WorkItemViewRow[];
  readonly alerts: readonly AlertViewRow[];
  readonly counts: DashboardCounts;
  readonly deposits: readonly DepositSummaryRow[];
}

/** The home page's data (workflows.md §8.5), each part scoped as its list is. */
@Injectable()
export class DashboardService {
  private readonly logger = new Logger('Dashboard');

  constructor(
    private readonly institutions: InstitutionsService,
    private readonly workItems: WorkItemsService,
    private readonly alerts: AlertsService,
    private readonly objects: IntellectualObjectsService,
    private readonly files: GenericFilesService,
    private readonly events: PremisEventsService,
    private readonly deposits: DepositSummaryReadQueries,
  ) {}

  async forActor(actor: Actor): Promise<Dashboard> {
    const since = addDays(nowTimestamp(), -RECENT_ALERT_DAYS).slice(0, 10);
    const own = String(actor.userId);
    const [institution, workItems, alerts, objects, files, events, recentAlerts, deposits] = await Promise.all([
      this.institutions.getView(actor, actor.institutionId),
      this.workItems.list(actor, { sort: 'date_processed__desc', per_page: RECENT }),
      // Sys admins see everyone's alerts in the list; the dashboard shows only their own.
      this.alerts.list(actor, { user_id: own, sort: 'created_at__desc', per_page: RECENT }),
      this.count('objects', this.objects.list(actor, { state: 'A', per_page: '1' })),
      this.count('files', this.files.list(actor, { state: 'A', per_page: '1' })),
      this.count('events', this.events.list(actor, { per_page: '1' })),
      this.count('recent alerts', this.alerts.list(actor, { user_id: own, created_at__gteq: since, per_page: '1' })),
      this.deposits.currentByStorageOption(isSysAdmin(actor) ? null : actor.institutionId),
    ]);
    return { institution, workItems: workItems.items, alerts: alerts.items, counts: { objects, files, events, recentAlerts }, deposits };
  }

  /** A failed count is logged and shown as unknown, as the reference does. */
  private async count(what: string, page: Promise<Page<unknown>>): Promise<number | null> {
    try {
      return (await page).count;
    } catch (error) {
      this.logger.warn(`counting ${what} for the dashboard failed: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    }
  }
}
