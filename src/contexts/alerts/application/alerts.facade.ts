import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AlertMailer } from '../../../shared/email/alert-email.mailer.js';
import { assertValid } from '../../../shared/errors/validation-failed.error.js';
import type { AlertType } from '../domain/alert.js';
import { validateAlert } from '../domain/alert.validation.js';
import { AlertRecipientsQuery } from '../infrastructure/persistence/alert-recipients.query.js';
import { NOW_UTC } from '../../../shared/persistence/sql-time.js';

export interface NewAlert {
  readonly institutionId: number;
  readonly type: AlertType;
  readonly subject: string;
  /** The rendered plain-text body (see alert-templates.ts), as stored and shown. */
  readonly content: string;
  /** The email text when it must differ from the stored content: it carries a secret link, which is never stored past sending. */
  readonly emailBody?: string;
  readonly deletionRequestId?: number | null;
  readonly recipientIds: readonly number[];
  readonly workItemIds?: readonly number[];
  readonly premisEventIds?: readonly number[];
}

/**
 * What other contexts use to raise alerts. The alert, its links and its recipients are written in
 * the caller's transaction; each recipient's email is queued with it (alerts_users.email_pending)
 * and the mailer is kicked once that transaction commits, so callers need not do it themselves.
 */
@Injectable()
export class AlertsFacade {
  constructor(
    readonly recipients: AlertRecipientsQuery,
    private readonly mailer: AlertMailer,
  ) {}

  async create(manager: EntityManager, alert: NewAlert): Promise<number> {
    assertValid(validateAlert({ institutionId: alert.institutionId, type: alert.type, subject: alert.subject, content: alert.content }));
    const [{ id }] = await manager.query(
      `INSERT INTO alerts (institution_id, type, subject, content, deletion_request_id, created_at)
       VALUES ($1, $2, $3, $4, $5, ${NOW_UTC}) RETURNING id`,
      [alert.institutionId, alert.type, alert.subject, alert.content, alert.deletionRequestId ?? null],
    );
    if (alert.recipientIds.length > 0) {
      await manager.query(
        `INSERT INTO alerts_users (alert_id, user_id, email_pending, email_body)
         SELECT $1, recipient, true, $3 FROM unnest($2::int[]) AS recipient ON CONFLICT DO NOTHING`,
        [id, [...new Set(alert.recipientIds)], alert.emailBody ?? null],
      );
      this.mailer.kickAfterCommit(manager);
    }
    await linkAll(manager, 'alerts_work_items (alert_id, work_item_id)', id, alert.workItemIds ?? []);
    await linkAll(manager, 'alerts_premis_events (alert_id, premis_event_id)', id, alert.premisEventIds ?? []);
    return id;
  }
}

async function linkAll(manager: EntityManager, target: string, alertId: number, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  await manager.query(
    `INSERT INTO ${target} SELECT $1, linked FROM unnest($2::int[]) AS linked ON CONFLICT DO NOTHING`,
    [alertId, [...new Set(ids)]],
  );
}
