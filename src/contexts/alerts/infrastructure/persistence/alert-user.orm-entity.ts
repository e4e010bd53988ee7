import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TimestampColumn } from '../../../../shared/persistence/columns.js';
import type { Timestamp } from '../../../../shared/time/timestamp.js';

/**
 * One recipient of an alert, with its delivery and read state. The table has no primary key, only
 * a unique index on (alert_id, user_id); the composite primary column gives TypeORM a row
 * identity. `alert_id` is int4 although `alerts.id` is int8.
 */
@Entity({ name: 'alerts_users' })
export class AlertUserOrmEntity {
  @PrimaryColumn({ name: 'alert_id', type: 'int' })
  alertId: number;

  @PrimaryColumn({ name: 'user_id', type: 'int' })
  userId: number;

  @TimestampColumn({ name: 'sent_at', nullable: true })
  sentAt: Timestamp | null;

  @TimestampColumn({ name: 'read_at', nullable: true })
  readAt: Timestamp | null;

  /** The email to this recipient is still to be sent (see the AddAlertEmailQueue migration). */
  @Column({ name: 'email_pending', type: 'boolean', default: () => 'false' })
  emailPending: boolean;

  @Column({ name: 'email_attempts', type: 'int', default: () => '0' })
  emailAttempts: number;

  @Column({ name: 'email_last_error', type: 'text', nullable: true })
  emailLastError: string | null;

  /** The email text when it differs from the alert's content (it carries a one-time link); cleared once sent. */
  @Column({ name: 'email_body', type: 'text', nullable: true })
  emailBody: string | null;
}
