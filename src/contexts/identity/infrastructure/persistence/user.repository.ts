import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Timestamp } from '../../../../shared/time/timestamp.js';
import { CREDENTIAL_COLUMNS, UserCredentialsCache } from './user-credentials.cache.js';
import { NOW_UTC } from '../../../../shared/persistence/sql-time.js';

/** A user row as the account use cases read and change it. */
export interface UserRecord {
  readonly id: number;
  readonly name: string | null;
  readonly email: string;
  readonly phoneNumber: string | null;
  readonly encryptedPassword: string;
  readonly resetPasswordToken: string | null;
  readonly resetPasswordSentAt: Timestamp | null;
  readonly signInCount: number;
  readonly currentSignInAt: Timestamp | null;
  readonly lastSignInAt: Timestamp | null;
  readonly currentSignInIp: string | null;
  readonly lastSignInIp: string | null;
  readonly institutionId: number | null;
  readonly encryptedApiSecretKey: string | null;
  readonly passwordChangedAt: Timestamp | null;
  readonly encryptedOtpSecret: string | null;
  readonly encryptedOtpSecretIv: string | null;
  readonly consumedTimestep: number | null;
  readonly otpRequiredForLogin: boolean | null;
  readonly deactivatedAt: Timestamp | null;
  readonly enabledTwoFactor: boolean | null;
  readonly confirmedTwoFactor: boolean | null;
  readonly otpBackupCodes: string[] | null;
  readonly authyId: string | null;
  readonly authyStatus: string | null;
  readonly emailVerified: boolean | null;
  readonly initialPasswordUpdated: boolean | null;
  readonly forcePasswordUpdate: boolean | null;
  readonly gracePeriod: Timestamp | null;
  readonly role: string;
}

/** Columns a use case may change, by their database names. */
export type UserChanges = Partial<Record<(typeof WRITABLE_COLUMNS)[number], unknown>>;

const WRITABLE_COLUMNS = [
  'name', 'email', 'phone_number', 'encrypted_password', 'reset_password_token', 'reset_password_sent_at', 'sign_in_count',
  'current_sign_in_at', 'last_sign_in_at', 'current_sign_in_ip', 'last_sign_in_ip', 'institution_id', 'encrypted_api_secret_key',
  'password_changed_at', 'encrypted_otp_secret', 'encrypted_otp_secret_iv', 'encrypted_otp_sent_at', 'consumed_timestep',
  'otp_required_for_login', 'deactivated_at', 'enabled_two_factor', 'confirmed_two_factor', 'otp_backup_codes', 'authy_id',
  'authy_status', 'last_sign_in_with_authy', 'initial_password_updated', 'force_password_update', 'grace_period', 'role',
] as const;

const SELECT = `SELECT id, name, email, phone_number, encrypted_password, reset_password_token, reset_password_sent_at, sign_in_count,
  current_sign_in_at, last_sign_in_at, current_sign_in_ip, last_sign_in_ip, institution_id, encrypted_api_secret_key, password_changed_at,
  encrypted_otp_secret, encrypted_otp_secret_iv, consumed_timestep, otp_required_for_login, deactivated_at, enabled_two_factor,
  confirmed_two_factor, otp_backup_codes, authy_id, authy_status, email_verified, initial_password_updated, force_password_update,
  grace_period, role FROM users`;

/** A "now" value for UserChanges: the database clock in UTC. */
export const DB_NOW = Symbol('now');

@Injectable()
export class UserRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly credentials: UserCredentialsCache,
  ) {}

  async findById(id: number, manager: EntityManager = this.dataSource.manager): Promise<UserRecord | null> {
    return toRecord((await manager.query(`${SELECT} WHERE id = $1`, [id]))[0]);
  }

  /** Emails are matched without regard to case (an exact match wins), as people type them. */
  async findByEmail(email: string): Promise<UserRecord | null> {
    const rows = await this.dataSource.query(`${SELECT} WHERE lower(email) = lower($1) ORDER BY (email = $1) DESC, id LIMIT 1`, [email.trim()]);
    return toRecord(rows[0]);
  }

  async emailTaken(email: string, exceptId: number | null, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const rows = await manager.query(`SELECT 1 FROM users WHERE lower(email) = lower($1) AND id IS DISTINCT FROM $2`, [email.trim(), exceptId]);
    return rows.length > 0;
  }

  async update(id: number, changes: UserChanges, manager: EntityManager = this.dataSource.manager): Promise<void> {
    const entries = Object.entries(changes).filter(([column]) => (WRITABLE_COLUMNS as readonly string[]).includes(column));
    if (entries.length === 0) return;
    if (entries.some(([column]) => CREDENTIAL_COLUMNS.includes(column))) this.credentials.forgetAll();
    const values: unknown[] = [id];
    const sets = entries.map(([column, value]) => {
      if (value === DB_NOW) return `${column} = ${NOW_UTC}`;
      values.push(value);
      return `${column} = $${values.length}`;
    });
    await manager.query(`UPDATE users SET ${sets.join(', ')}, updated_at = ${NOW_UTC} WHERE id = $1`, values);
  }

  async insert(changes: UserChanges, manager: EntityManager): Promise<number> {
    const entries = Object.entries(changes).filter(([column]) => (WRITABLE_COLUMNS as readonly string[]).includes(column));
    const columns = entries.map(([column]) => column);
    const values = entries.map(([, value]) => value);
    const [{ id }] = await manager.query(
      `INSERT INTO users (${columns.join(', ')}, created_at, updated_at)
       VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')}, ${NOW_UTC}, ${NOW_UTC}) RETURNING id`,
      values,
    );
    return id as number;
  }

  /** The institution's "two-factor required" setting (institutions.otp_enabled). */
  async institutionRequiresTwoFactor(institutionId: number | null): Promise<boolean> {
    if (institutionId === null) return false;
    const rows = await this.dataSource.query(`SELECT otp_enabled FROM institutions WHERE id = $1`, [institutionId]);
    return rows[0]?.otp_enabled === true;
  }

  /** The id of the institution sys admins must belong to. */
  async aptrustInstitutionId(): Promise<number | null> {
    const rows = await this.dataSource.query(`SELECT id FROM institutions WHERE identifier = 'aptrust.org'`);
    return (rows[0]?.id as number | undefined) ?? null;
  }
}

function toRecord(r: Record<string, unknown> | undefined): UserRecord | null {
  if (!r) return null;
  return {
    id: r.id as number,
    name: r.name as string | null,
    email: (r.email as string | null) ?? '',
    phoneNumber: r.phone_number as string | null,
    encryptedPassword: r.encrypted_password as string,
    resetPasswordToken: r.reset_password_token as string | null,
    resetPasswordSentAt: r.reset_password_sent_at as Timestamp | null,
    signInCount: r.sign_in_count as number,
    currentSignInAt: r.current_sign_in_at as Timestamp | null,
    lastSignInAt: r.last_sign_in_at as Timestamp | null,
    currentSignInIp: r.current_sign_in_ip as string | null,
    lastSignInIp: r.last_sign_in_ip as string | null,
    institutionId: r.institution_id as number | null,
    encryptedApiSecretKey: r.encrypted_api_secret_key as string | null,
    passwordChangedAt: r.password_changed_at as Timestamp | null,
    encryptedOtpSecret: r.encrypted_otp_secret as string | null,
    encryptedOtpSecretIv: r.encrypted_otp_secret_iv as string | null,
    consumedTimestep: r.consumed_timestep as number | null,
    otpRequiredForLogin: r.otp_required_for_login as boolean | null,
    deactivatedAt: r.deactivated_at as Timestamp | null,
    enabledTwoFactor: r.enabled_two_factor as boolean | null,
    confirmedTwoFactor: r.confirmed_two_factor as boolean | null,
    otpBackupCodes: r.otp_backup_codes as string[] | null,
    authyId: r.authy_id as string | null,
    authyStatus: r.authy_status as string | null,
    emailVerified: r.email_verified as boolean | null,
    initialPasswordUpdated: r.initial_password_updated as boolean | null,
    forcePasswordUpdate: r.force_password_update as boolean | null,
    gracePeriod: r.grace_period as Timestamp | null,
    role: r.role as string,
  };
}
