import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Timestamp } from '../../../../shared/time/timestamp.js';
import { NOW_UTC } from '../../../../shared/persistence/sql-time.js';

/** A live session with what authentication needs to know about its user. */
export interface ActiveSessionRow {
  readonly id: string;
  readonly userId: number;
  readonly createdAt: Timestamp;
  readonly lastSeenAt: Timestamp;
  readonly expiresAt: Timestamp;
  readonly secondFactorCompletedAt: Timestamp | null;
  readonly otpHash: string | null;
  readonly otpSentAt: Timestamp | null;
  readonly otpPurpose: string | null;
  readonly otpPhoneNumber: string | null;
  readonly otpFailedAttempts: number;
  readonly email: string;
  readonly name: string | null;
  readonly role: string;
  readonly institutionId: number | null;
  readonly deactivatedAt: Timestamp | null;
  readonly enabledTwoFactor: boolean | null;
  readonly confirmedTwoFactor: boolean | null;
  readonly authyStatus: string | null;
  readonly forcePasswordUpdate: boolean | null;
  readonly resetPasswordSentAt: Timestamp | null;
  readonly otpRequiredForLogin: boolean | null;
  readonly gracePeriod: Timestamp | null;
  readonly institutionOtpEnabled: boolean | null;
}

export interface NewSession {
  readonly id: string;
  readonly userId: number;
  readonly lifetimeSeconds: number;
  readonly ip: string | null;
  readonly userAgent: string | null;
  readonly secondFactorCompleted: boolean;
}

export type OtpPurpose = 'sign-in' | 'confirm-phone';

/** `user_sessions`: the server side of web sessions. Ids are SHA-256 hashes of the cookie tokens. */
@Injectable()
export class UserSessionRepository {
  constructor(private readonly dataSource: DataSource) {}

  async create(session: NewSession, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(
      `INSERT INTO user_sessions (id, user_id, created_at, last_seen_at, expires_at, second_factor_completed_at, ip, user_agent)
       VALUES ($1, $2, ${NOW_UTC}, ${NOW_UTC}, ${NOW_UTC} + make_interval(secs => $3), CASE WHEN $4 THEN ${NOW_UTC} END, $5, $6)`,
      [session.id, session.userId, session.lifetimeSeconds, session.secondFactorCompleted, session.ip?.slice(0, 64) ?? null, session.userAgent?.slice(0, 512) ?? null],
    );
    // Rows that can no longer be used are kept a day for the record, then dropped.
    await manager.query(
      `DELETE FROM user_sessions WHERE user_id = $1 AND (expires_at < ${NOW_UTC} - interval '1 day' OR revoked_at < ${NOW_UTC} - interval '1 day')`,
      [session.userId],
    );
  }

  async findActive(id: string): Promise<ActiveSessionRow | null> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT s.id, s.user_id, s.created_at, s.last_seen_at, s.expires_at, s.second_factor_completed_at, s.otp_hash, s.otp_sent_at,
              s.otp_purpose, s.otp_phone_number, s.otp_failed_attempts,
              u.email, u.name, u.role, u.institution_id, u.deactivated_at, u.enabled_two_factor, u.confirmed_two_factor, u.authy_status,
              u.force_password_update, u.reset_password_sent_at, u.otp_required_for_login, u.grace_period, i.otp_enabled AS institution_otp_enabled
         FROM user_sessions s
         JOIN users u ON u.id = s.user_id
         LEFT JOIN institutions i ON i.id = u.institution_id
        WHERE s.id = $1 AND s.revoked_at IS NULL AND s.expires_at > ${NOW_UTC}`,
      [id],
    );
    const r = rows[0];
    if (!r) return null;
    return {
      id: r.id as string,
      userId: r.user_id as number,
      createdAt: r.created_at as Timestamp,
      lastSeenAt: r.last_seen_at as Timestamp,
      expiresAt: r.expires_at as Timestamp,
      secondFactorCompletedAt: r.second_factor_completed_at as Timestamp | null,
      otpHash: r.otp_hash as string | null,
      otpSentAt: r.otp_sent_at as Timestamp | null,
      otpPurpose: r.otp_purpose as string | null,
      otpPhoneNumber: r.otp_phone_number as string | null,
      otpFailedAttempts: r.otp_failed_attempts as number,
      email: r.email as string,
      name: r.name as string | null,
      role: r.role as string,
      institutionId: r.institution_id as number | null,
      deactivatedAt: r.deactivated_at as Timestamp | null,
      enabledTwoFactor: r.enabled_two_factor as boolean | null,
      confirmedTwoFactor: r.confirmed_two_factor as boolean | null,
      authyStatus: r.authy_status as string | null,
      forcePasswordUpdate: r.force_password_update as boolean | null,
      resetPasswordSentAt: r.reset_password_sent_at as Timestamp | null,
      otpRequiredForLogin: r.otp_required_for_login as boolean | null,
      gracePeriod: r.grace_period as Timestamp | null,
      institutionOtpEnabled: r.institution_otp_enabled as boolean | null,
    };
  }

  /** Records activity at most once a minute per session, so reads do not turn into a write each. */
  async touch(id: string): Promise<void> {
    await this.dataSource.query(`UPDATE user_sessions SET last_seen_at = ${NOW_UTC} WHERE id = $1 AND last_seen_at < ${NOW_UTC} - interval '1 minute'`, [id]);
  }

  async revoke(id: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(`UPDATE user_sessions SET revoked_at = ${NOW_UTC} WHERE id = $1 AND revoked_at IS NULL`, [id]);
  }

  /** Ends every live session of the user, except `keepId` (the session making the change, when it is the user's own). */
  async revokeAllForUser(userId: number, manager: EntityManager = this.dataSource.manager, keepId?: string): Promise<number> {
    const result: [unknown[], number] = await manager.query(
      `UPDATE user_sessions SET revoked_at = ${NOW_UTC} WHERE user_id = $1 AND revoked_at IS NULL AND id IS DISTINCT FROM $2`,
      [userId, keepId ?? null],
    );
    return result[1];
  }

  async completeSecondFactor(id: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE user_sessions SET second_factor_completed_at = ${NOW_UTC}, otp_hash = NULL, otp_sent_at = NULL, otp_purpose = NULL, otp_phone_number = NULL, otp_failed_attempts = 0
        WHERE id = $1`,
      [id],
    );
  }

  async storeCode(id: string, hash: string, purpose: OtpPurpose, phoneNumber: string | null): Promise<void> {
    await this.dataSource.query(
      `UPDATE user_sessions SET otp_hash = $2, otp_sent_at = ${NOW_UTC}, otp_purpose = $3, otp_phone_number = $4 WHERE id = $1`,
      [id, hash, purpose, phoneNumber],
    );
  }

  async clearCode(id: string): Promise<void> {
    await this.dataSource.query(`UPDATE user_sessions SET otp_hash = NULL, otp_sent_at = NULL, otp_purpose = NULL, otp_phone_number = NULL WHERE id = $1`, [id]);
  }

  /** Counts a wrong code; returns the session's failures so far. */
  async recordFailedCode(id: string): Promise<number> {
    const [rows] = await this.dataSource.query(`UPDATE user_sessions SET otp_failed_attempts = otp_failed_attempts + 1 WHERE id = $1 RETURNING otp_failed_attempts`, [id]);
    return (rows as { otp_failed_attempts: number }[])[0]?.otp_failed_attempts ?? 0;
  }
}
