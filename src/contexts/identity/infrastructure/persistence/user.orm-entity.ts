import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampColumn } from '../../../../shared/persistence/columns.js';
import type { Timestamp } from '../../../../shared/time/timestamp.js';

@Entity({ name: 'users' })
export class UserOrmEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ type: 'varchar', nullable: true })
  name: string | null;

  @Column({ type: 'varchar', nullable: true })
  email: string | null;

  @Column({ name: 'phone_number', type: 'varchar', nullable: true })
  phoneNumber: string | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Timestamp;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt: Timestamp;

  @Column({ name: 'encrypted_password', type: 'varchar', default: () => "''" })
  encryptedPassword: string;

  @Column({ name: 'reset_password_token', type: 'varchar', nullable: true })
  resetPasswordToken: string | null;

  @TimestampColumn({ name: 'reset_password_sent_at', nullable: true })
  resetPasswordSentAt: Timestamp | null;

  @TimestampColumn({ name: 'remember_created_at', nullable: true })
  rememberCreatedAt: Timestamp | null;

  @Column({ name: 'sign_in_count', type: 'int', default: () => '0' })
  signInCount: number;

  @TimestampColumn({ name: 'current_sign_in_at', nullable: true })
  currentSignInAt: Timestamp | null;

  @TimestampColumn({ name: 'last_sign_in_at', nullable: true })
  lastSignInAt: Timestamp | null;

  @Column({ name: 'current_sign_in_ip', type: 'varchar', nullable: true })
  currentSignInIp: string | null;

  @Column({ name: 'last_sign_in_ip', type: 'varchar', nullable: true })
  lastSignInIp: string | null;

  @Column({ name: 'institution_id', type: 'int', nullable: true })
  institutionId: number | null;

  @Column({ name: 'encrypted_api_secret_key', type: 'text', nullable: true })
  encryptedApiSecretKey: string | null;

  @TimestampColumn({ name: 'password_changed_at', nullable: true })
  passwordChangedAt: Timestamp | null;

  @Column({ name: 'encrypted_otp_secret', type: 'varchar', nullable: true })
  encryptedOtpSecret: string | null;

  @Column({ name: 'encrypted_otp_secret_iv', type: 'varchar', nullable: true })
  encryptedOtpSecretIv: string | null;

  @Column({ name: 'encrypted_otp_secret_salt', type: 'varchar', nullable: true })
  encryptedOtpSecretSalt: string | null;

  @TimestampColumn({ name: 'encrypted_otp_sent_at', nullable: true })
  encryptedOtpSentAt: Timestamp | null;

  @Column({ name: 'consumed_timestep', type: 'int', nullable: true })
  consumedTimestep: number | null;

  @Column({ name: 'otp_required_for_login', type: 'boolean', nullable: true })
  otpRequiredForLogin: boolean | null;

  @TimestampColumn({ name: 'deactivated_at', nullable: true })
  deactivatedAt: Timestamp | null;

  @Column({ name: 'enabled_two_factor', type: 'boolean', nullable: true, default: () => 'false' })
  enabledTwoFactor: boolean | null;

  @Column({ name: 'confirmed_two_factor', type: 'boolean', nullable: true, default: () => 'false' })
  confirmedTwoFactor: boolean | null;

  @Column({ name: 'otp_backup_codes', type: 'varchar', array: true, nullable: true })
  otpBackupCodes: string[] | null;

  @Column({ name: 'authy_id', type: 'varchar', nullable: true })
  authyId: string | null;

  @TimestampColumn({ name: 'last_sign_in_with_authy', nullable: true })
  lastSignInWithAuthy: Timestamp | null;

  @Column({ name: 'authy_status', type: 'varchar', nullable: true })
  authyStatus: string | null;

  @Column({ name: 'email_verified', type: 'boolean', nullable: true, default: () => 'false' })
  emailVerified: boolean | null;

  @Column({ name: 'initial_password_updated', type: 'boolean', nullable: true, default: () => 'false' })
  initialPasswordUpdated: boolean | null;

  @Column({ name: 'force_password_update', type: 'boolean', nullable: true, default: () => 'false' })
  forcePasswordUpdate: boolean | null;

  @Column({ name: 'account_confirmed', type: 'boolean', nullable: true, default: () => 'true' })
  accountConfirmed: boolean | null;

  @TimestampColumn({ name: 'grace_period', nullable: true })
  gracePeriod: Timestamp | null;

  @Column({ name: 'awaiting_second_factor', type: 'boolean', default: () => 'false' })
  awaitingSecondFactor: boolean;

  @Column({ type: 'varchar', length: 50, default: () => "'none'" })
  role: string;
}
