import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NOW_UTC } from '../../../../shared/persistence/sql-time.js';

/** Read/unread marks of one recipient's copies of alerts (`alerts_users.read_at`). */
@Injectable()
export class AlertReadMarkQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** Sets read_at where it is not set yet; returns the ids of the recipient's copies among `alertIds`. */
  async markRead(userId: number, alertIds: readonly number[]): Promise<number[]> {
    // TypeORM answers an UPDATE with [rows, affected count].
    const [rows]: [{ alert_id: number }[], number] = await this.dataSource.query(
      `UPDATE alerts_users SET read_at = COALESCE(read_at, ${NOW_UTC})
       WHERE user_id = $1 AND alert_id = ANY($2::int8[]) RETURNING alert_id`,
      [userId, alertIds],
    );
    return rows.map((r) => r.alert_id);
  }

  async markUnread(userId: number, alertIds: readonly number[]): Promise<number[]> {
    const [rows]: [{ alert_id: number }[], number] = await this.dataSource.query(
      `UPDATE alerts_users SET read_at = NULL WHERE user_id = $1 AND alert_id = ANY($2::int8[]) RETURNING alert_id`,
      [userId, alertIds],
    );
    return rows.map((r) => r.alert_id);
  }

  /** Marks every unread copy of the recipient read; returns how many. */
  async markAllRead(userId: number): Promise<number> {
    const [, affected]: [unknown[], number] = await this.dataSource.query(
      `UPDATE alerts_users SET read_at = ${NOW_UTC} WHERE user_id = $1 AND read_at IS NULL`,
      [userId],
    );
    return affected;
  }

  /**
   * The recipient's unread copies, restricted to alerts of `institutionId` when given (as the alert
   * list restricts non-admins). One indexed count: it runs on every page.
   */
  async unreadCount(userId: number, institutionId: number | null): Promise<number> {
    const rows: { n: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM alerts_users au JOIN alerts a ON a.id = au.alert_id
       WHERE au.user_id = $1 AND au.read_at IS NULL AND ($2::int8 IS NULL OR a.institution_id = $2::int8)`,
      [userId, institutionId],
    );
    return rows[0]?.n ?? 0;
  }
}
