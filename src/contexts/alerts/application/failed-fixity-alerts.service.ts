import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AppConfig } from '../../../config/app-config.js';
import { APP_CONFIG } from '../../../config/config.module.js';
import { DomainError } from '../../../shared/errors/domain-error.js';
import { InvalidTimestampError, nowTimestamp, parseClientTimestamp, type Timestamp } from '../../../shared/time/timestamp.js';
import {
  ALREADY_GENERATED_TODAY_MESSAGE,
  FIXITY_ALERTS_LAST_RUN_KEY,
  failedFixityReportUrl,
  failedFixityWindowStart,
  ranToday,
  utcDay,
} from '../domain/failed-fixity.rules.js';
import { AlertRecipientsQuery } from '../infrastructure/persistence/alert-recipients.query.js';
import { FailedFixityQueries } from '../infrastructure/persistence/failed-fixity.queries.js';
import { alertTemplates } from './alert-templates.js';
import { AlertsFacade } from './alerts.facade.js';

export interface FailedFixitySummary {
  readonly failures: number;
  readonly institutionId: number;
  readonly institutionName: string;
  /** Why this institution's alert could not be made; "" when it was. */
  readonly error: string;
}

export interface FailedFixityRun {
  readonly totalFailures: number;
  readonly summaries: readonly FailedFixitySummary[];
}

/**
 * The daily failed-fixity alerts (workflows.md §4.3): one alert per institution with failed checks
 * since the last run, to its active institutional admins, and one to APTrust staff covering all.
 * Preserv triggers it through the admin API; a background job may call `generate` as well.
 */
@Injectable()
export class FailedFixityAlertsService {
  private readonly logger = new Logger(FailedFixityAlertsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly queries: FailedFixityQueries,
    private readonly recipients: AlertRecipientsQuery,
    private readonly alerts: AlertsFacade,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * One run, in one transaction that holds the last-run row: concurrent runs take turns, and the
   * second of a UTC day is refused (409). An institution whose alert fails gets the error in its
   * summary and the others go on; a failure of the APTrust alert rolls the whole run back, so the
   * last-run time does not move and the next run covers the same checks.
   */
  async generate(now: Timestamp = nowTimestamp()): Promise<FailedFixityRun> {
    return this.dataSource.transaction(async (manager) => {
      const lastRun = parseLastRun(await this.queries.lockLastRun(manager));
      if (ranToday(lastRun, now)) throw new DomainError('conflict', ALREADY_GENERATED_TODAY_MESSAGE);
      const windowStart = failedFixityWindowStart(lastRun, now);
      const counts = await this.queries.countsByInstitution(manager, windowStart, now);
      const summaries: FailedFixitySummary[] = [];
      for (const count of counts) {
        const error = await this.alertInstitution(manager, count.institutionId, windowStart, now);
        summaries.push({ failures: count.failures, institutionId: count.institutionId, institutionName: count.institutionName ?? '', error });
      }
      if (summaries.length > 0) await this.alertAptrust(manager, windowStart, now);
      await this.queries.setLastRun(manager, now);
      const totalFailures = summaries.reduce((sum, s) => sum + s.failures, 0);
      this.logger.log(`Failed fixity alerts: ${totalFailures} failures at ${summaries.length} institutions since ${windowStart}`);
      return { totalFailures, summaries };
    });
  }

  /** The institution's alert, inside a savepoint so that its failure leaves the run's other writes standing. */
  private async alertInstitution(manager: EntityManager, institutionId: number, windowStart: Timestamp, now: Timestamp): Promise<string> {
    await manager.query('SAVEPOINT institution_alert');
    try {
      await this.alerts.create(manager, {
        institutionId,
        type: 'Failed Fixity Check',
        subject: 'Failed Fixity Check',
        content: this.content(institutionId, windowStart, now),
        recipientIds: (await this.recipients.institutionalAdmins(institutionId, manager)).map((r) => r.id),
        premisEventIds: await this.queries.eventIds(manager, institutionId, windowStart, now),
      });
      await manager.query('RELEASE SAVEPOINT institution_alert');
      return '';
    } catch (error) {
      await manager.query('ROLLBACK TO SAVEPOINT institution_alert');
      const message = `Error generating failed fixity alert for institution ${institutionId}: ${error instanceof Error ? error.message : String(error)}`;
      this.logger.error(message);
      return message;
    }
  }

  private async alertAptrust(manager: EntityManager, windowStart: Timestamp, now: Timestamp): Promise<void> {
    const aptrustId = await this.queries.aptrustInstitutionId(manager);
    if (aptrustId === null) throw new DomainError('failed_precondition', 'the aptrust.org institution does not exist, so APTrust staff cannot be alerted of failed fixity checks');
    await this.alerts.create(manager, {
      institutionId: aptrustId,
      type: 'Failed Fixity Check',
      subject: 'Failed Fixity Check',
      content: this.content(null, windowStart, now),
      recipientIds: (await this.recipients.aptrustStaff(manager)).map((r) => r.id),
      premisEventIds: await this.queries.eventIds(manager, null, windowStart, now),
    });
  }

  private content(institutionId: number | null, windowStart: Timestamp, now: Timestamp): string {
    return alertTemplates.failedFixity({
      startDate: utcDay(windowStart),
      endDate: utcDay(now),
      alertUrl: failedFixityReportUrl(this.config.registryUrl, institutionId, windowStart, now),
    });
  }
}

/** The stored last-run time (RFC 3339); a value that is not one stops the run rather than guess a window. */
function parseLastRun(value: string | null): Timestamp | null {
  if (value === null || value === '') return null;
  try {
    return parseClientTimestamp(value);
  } catch (error) {
    if (error instanceof InvalidTimestampError) {
      throw new DomainError('failed_precondition', `ar_internal_metadata "${FIXITY_ALERTS_LAST_RUN_KEY}" holds "${value}", which is not an RFC 3339 timestamp`);
    }
    throw error;
  }
}
