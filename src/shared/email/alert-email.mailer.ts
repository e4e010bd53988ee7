import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { JobRegistry } from '../jobs/job.registry.js';
import { EmailTransport } from './email-transport.js';
import { AfterCommit } from '../persistence/after-commit.js';
import { NOW_UTC } from '../persistence/sql-time.js';

/** After this many failed attempts an email is given up (its secret-bearing body is dropped too). */
export const MAX_EMAIL_ATTEMPTS = 10;
const BATCH_SIZE = 50;
/** A claimed row is not picked again by another run (or instance) for this long. */
const CLAIM_SECONDS = 300;

/** Seconds to wait before attempt `attempts + 1`: 30 s doubling per failure, at most 6 h. */
export const retryDelaySeconds = (attempts: number): number => Math.min(30 * 2 ** Math.max(0, attempts - 1), 6 * 3600);

interface ClaimedEmail {
  readonly alert_id: number;
  readonly user_id: number;
  readonly email: string | null;
  readonly subject: string | null;
  readonly body: string;
  readonly email_attempts: number;
}

export interface MailerRun {
  readonly sent: number;
  readonly failed: number;
}

/**
 * Sends the alert emails queued in alerts_users (email_pending): one email per recipient, subject =
 * the alert's subject, body = email_body (the version with a secret link) or else the alert's content.
 * Rows are claimed with SKIP LOCKED, so several instances share the work. A sent email gets sent_at
 * and loses its email_body; a failed one is retried with exponential backoff. Runs as soon as a
 * transaction that queued emails commits (`kickAfterCommit`, which AlertsFacade.create calls), and as
 * the scheduled job `alert-email-delivery` every EMAIL_QUEUE_INTERVAL (once per period across
 * instances; not in maintenance mode), which also sends what a kick missed.
 */
@Injectable()
export class AlertMailer implements OnApplicationShutdown {
  private readonly logger = new Logger('AlertMailer');
  private running: Promise<MailerRun> | null = null;
  private rerun = false;
  private readonly afterCommit = new AfterCommit();
  private readonly kickAction = (): void => this.kick();

  constructor(
    private readonly dataSource: DataSource,
    private readonly transport: EmailTransport,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    this.afterCommit.detach();
    await this.running?.catch(() => undefined);
  }

  /** Sends what is due soon, without waiting; call after committing a transaction that queued emails. */
  kick(): void {
    void this.flush().catch((error: unknown) => this.logger.error(`Sending queued emails failed: ${String(error)}`));
  }

  /** Kicks once `manager`'s transaction has committed (at once outside a transaction); once per transaction. */
  kickAfterCommit(manager: EntityManager): void {
    this.afterCommit.run(manager, this.kickAction);
  }

  /** Sends everything due now (waiting for a run in progress and running once more after it). */
  async flush(): Promise<MailerRun> {
    if (this.running) {
      this.rerun = true;
      return this.running;
    }
    this.running = (async () => {
      let total = { sent: 0, failed: 0 };
      try {
        do {
          this.rerun = false;
          for (;;) {
            const run = await this.sendDueBatch();
            total = { sent: total.sent + run.sent, failed: total.failed + run.failed };
            if (run.sent + run.failed < BATCH_SIZE) break;
          }
        } while (this.rerun);
        return total;
      } finally {
        // In the same step as the last `rerun` check: a later request starts a run of its own instead of joining this one.
        this.running = null;
      }
    })();
    return this.running;
  }

  /** The scheduled delivery's summary (the job fails only when the queue itself cannot be read or updated). */
  async deliver(): Promise<string> {
    const run = await this.flush();
    return `sent ${run.sent}, failed ${run.failed}`;
  }

  private async sendDueBatch(): Promise<MailerRun> {
    const claimed: ClaimedEmail[] = await this.dataSource.query(
      `WITH due AS (
         SELECT alert_id, user_id FROM alerts_users
          WHERE email_pending AND (email_next_attempt_at IS NULL OR email_next_attempt_at <= ${NOW_UTC})
          ORDER BY alert_id, user_id LIMIT $1 FOR UPDATE SKIP LOCKED
       ), claimed AS (
         UPDATE alerts_users au SET email_next_attempt_at = ${NOW_UTC} + make_interval(secs => $2)
           FROM due WHERE au.alert_id = due.alert_id AND au.user_id = due.user_id
         RETURNING au.alert_id, au.user_id, au.email_body, au.email_attempts
       )
       SELECT c.alert_id, c.user_id, u.email, a.subject, COALESCE(c.email_body, a.content) AS body, c.email_attempts
         FROM claimed c JOIN alerts a ON a.id = c.alert_id JOIN users u ON u.id = c.user_id`,
      [BATCH_SIZE, CLAIM_SECONDS],
    );
    let sent = 0;
    let failed = 0;
    for (const row of claimed) {
      try {
        if (!row.email) throw new Error('recipient has no email address');
        await this.transport.send({ to: row.email, subject: row.subject ?? '', text: row.body });
        await this.markSent(row);
        sent++;
      } catch (error) {
        await this.markFailed(row, error instanceof Error ? error.message : String(error));
        failed++;
      }
    }
    return { sent, failed };
  }

  private markSent(row: ClaimedEmail): Promise<unknown> {
    return this.dataSource.query(
      `UPDATE alerts_users SET sent_at = ${NOW_UTC}, email_pending = false, email_body = NULL, email_last_error = NULL,
              email_next_attempt_at = NULL
        WHERE alert_id = $1 AND user_id = $2`,
      [row.alert_id, row.user_id],
    );
  }

  private markFailed(row: ClaimedEmail, message: string): Promise<unknown> {
    const attempts = row.email_attempts + 1;
    const givingUp = attempts >= MAX_EMAIL_ATTEMPTS;
    this.logger.warn(`Email for alert ${row.alert_id} to user ${row.user_id} failed (attempt ${attempts}${givingUp ? ', giving up' : ''}): ${message}`);
    return this.dataSource.query(
      `UPDATE alerts_users SET email_attempts = $3, email_last_error = $4,
              email_pending = NOT $5, email_body = CASE WHEN $5 THEN NULL ELSE email_body END,
              email_next_attempt_at = CASE WHEN $5 THEN NULL ELSE ${NOW_UTC} + make_interval(secs => $6) END
        WHERE alert_id = $1 AND user_id = $2`,
      [row.alert_id, row.user_id, attempts, message.slice(0, 2000), givingUp, retryDelaySeconds(attempts)],
    );
  }
}

/** Registers the mailer's periodic run with the job system (its period comes from the configuration). */
@Injectable()
export class AlertEmailDeliveryJob implements OnModuleInit {
  constructor(
    private readonly jobs: JobRegistry,
    private readonly mailer: AlertMailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.schedule({ name: 'alert-email-delivery', every: this.config.email.queueIntervalMs }, () => this.mailer.deliver());
  }
}
