import bcrypt from 'bcryptjs';
import { Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { AppConfig } from '../../../config/app-config.js';
import { APP_CONFIG } from '../../../config/config.module.js';
import type { Actor } from '../../../shared/access/actor.js';
import { BCRYPT_COST } from '../../../shared/domain/secret-token.js';
import { fieldRef, violation } from '../../../shared/domain/validation.js';
import { AuthenticationRequiredError } from '../../../shared/access/access-errors.js';
import { DomainError } from '../../../shared/errors/domain-error.js';
import { ValidationFailedError } from '../../../shared/errors/validation-failed.error.js';
import { nowTimestamp } from '../../../shared/time/timestamp.js';
import {
  isCodeExpired,
  MAX_SECOND_FACTOR_FAILURES,
  newBackupCodes,
  newSmsCode,
  normalizeCode,
  SMS_CODE_MESSAGE,
} from '../domain/one-time-codes.js';
import { normalizePhoneNumber, smsPhoneNumber } from '../domain/phone-number.js';
import { isTwoFactorRequired } from '../domain/session-access.rules.js';
import { TWO_FACTOR_AUTHY, TWO_FACTOR_SMS, TWO_FACTOR_TOTP, twoFactorMethod } from '../domain/two-factor.js';
import { planTwoFactorSetup } from '../domain/two-factor-setup.rules.js';
import { DB_NOW, UserRepository, type UserRecord } from '../infrastructure/persistence/user.repository.js';
import { UserSessionRepository, type ActiveSessionRow } from '../infrastructure/persistence/user-session.repository.js';
import { AuthyClient } from './authy-client.js';
import { SessionAuthenticator } from './session-authenticator.js';
import { SignInThrottle } from './sign-in-throttle.js';
import { SmsSender } from './sms-sender.js';
import { acceptedTimestep, newTotpSecret, TotpSecretCipher, totpQrSvg, totpUri } from './totp.js';
import { WebSessions } from './web-sessions.js';

export type SecondFactorMethod = 'sms' | 'totp' | 'backup';

export type VerifyOutcome =
  | { readonly kind: 'accepted' }
  | { readonly kind: 'wrong'; readonly message: string }
  | { readonly kind: 'expired'; readonly message: string }
  | { readonly kind: 'locked' };

export interface SecondFactorOptions {
  readonly sms: boolean;
  readonly totp: boolean;
  readonly authy: boolean;
  readonly backup: boolean;
  /** The last digits of the phone codes go to. */
  readonly phoneHint: string;
}

export type SetupResult =
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'disabled' }
  | { readonly kind: 'phone-updated' }
  | { readonly kind: 'confirm-phone'; readonly phoneNumber: string }
  | { readonly kind: 'enroll-totp'; readonly secret: string; readonly qrSvg: string }
  | { readonly kind: 'authy-confirmed' }
  | { readonly kind: 'authy-denied' };

export const WRONG_CODE_MESSAGE = 'One-time password is incorrect. Try again.';
export const WRONG_BACKUP_CODE_MESSAGE = 'Backup code is incorrect. Try again.';
export const EXPIRED_CODE_MESSAGE = 'That code has expired. Send yourself a new one.';
const PUSH_MESSAGE = 'Log in to the APTrust registry.';
const FIELDS = { AuthyStatus: fieldRef('AuthyStatus', 'authy_status'), PhoneNumber: fieldRef('PhoneNumber', 'phone_number') };

/**
 * Two-factor sign-in (workflows.md §6): the second step of a sign-in by SMS code, authenticator app,
 * Authy push or backup code, and the set-up of each. What a sign-in still owes, and the SMS code sent
 * for it, belong to the session; wrong codes count against the session (ended after five) and
 * against the account's sign-in throttle.
 */
@Injectable()
export class TwoFactorService {
  private readonly cipher: TotpSecretCipher;

  constructor(
    private readonly users: UserRepository,
    private readonly sessions: UserSessionRepository,
    private readonly webSessions: WebSessions,
    private readonly sessionAuth: SessionAuthenticator,
    private readonly throttle: SignInThrottle,
    private readonly sms: SmsSender,
    private readonly authy: AuthyClient,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.cipher = new TotpSecretCipher(config.cookies.blockKey);
  }

  async options(request: FastifyRequest): Promise<SecondFactorOptions> {
    const user = await this.currentUser(request);
    const phoneNumber = smsPhoneNumber(user.phoneNumber);
    return {
      sms: phoneNumber !== null,
      totp: this.cipher.decrypt(user.encryptedOtpSecret, user.encryptedOtpSecretIv) !== null,
      authy: this.authy.enabled && !!user.authyId,
      backup: (user.otpBackupCodes ?? []).some((code) => code.startsWith('$2')),
      phoneHint: (phoneNumber ?? '').slice(-4),
    };
  }

  /** Texts a new sign-in code to the user's phone; it replaces any earlier one and expires after OTP_EXPIRATION. */
  async sendSignInCode(request: FastifyRequest): Promise<void> {
    const session = await this.currentSession(request);
    const phoneNumber = smsPhoneNumber((await this.userOf(session)).phoneNumber);
    if (phoneNumber === null) throw new DomainError('invalid', 'Your account has no phone number for text messages.');
    await this.sendCode(session.id, phoneNumber, 'sign-in', null);
  }

  async verify(request: FastifyRequest, method: SecondFactorMethod, code: string): Promise<VerifyOutcome> {
    const session = await this.currentSession(request);
    if (session.otpFailedAttempts >= MAX_SECOND_FACTOR_FAILURES) return this.lockOut(request);
    if ((await this.throttle.retryAfterSeconds(request, session.email)) !== null) return this.lockOut(request);
    const user = await this.userOf(session);
    const accepted = await this.check(session, user, method, normalizeCode(code));
    if (accepted === 'expired') return { kind: 'expired', message: EXPIRED_CODE_MESSAGE };
    if (!accepted) {
      await this.throttle.recordFailure(request, session.email);
      if ((await this.sessions.recordFailedCode(session.id)) >= MAX_SECOND_FACTOR_FAILURES) return this.lockOut(request);
      return { kind: 'wrong', message: method === 'backup' ? WRONG_BACKUP_CODE_MESSAGE : WRONG_CODE_MESSAGE };
    }
    await this.sessions.completeSecondFactor(session.id);
    return { kind: 'accepted' };
  }

  /** Asks the user's Authy app to approve this sign-in and waits for the answer. */
  async push(request: FastifyRequest): Promise<boolean> {
    const session = await this.currentSession(request);
    const user = await this.userOf(session);
    if (!this.authy.enabled) throw new DomainError('not_supported', 'authy is not enabled in this environment');
    if (!user.authyId) throw new DomainError('invalid', 'user does not have an authy id');
    const outcome = await this.authy.requestApproval(user.authyId, PUSH_MESSAGE);
    if (outcome !== 'approved') return false;
    await this.sessions.completeSecondFactor(session.id);
    await this.users.update(user.id, { last_sign_in_with_authy: DB_NOW });
    return true;
  }

  // Set-up (self only).

  async setupView(actor: Actor): Promise<{ method: string; phoneNumber: string; required: boolean; authyAvailable: boolean; backupCodesLeft: number }> {
    const user = (await this.users.findById(actor.userId))!;
    const institutionOtp = await this.institutionRequiresTwoFactor(user);
    return {
      method: twoFactorMethod(user),
      phoneNumber: normalizePhoneNumber(user.phoneNumber),
      required: isTwoFactorRequired({ otpRequiredForLogin: user.otpRequiredForLogin, institutionOtpEnabled: institutionOtp }),
      authyAvailable: this.authy.enabled,
      backupCodesLeft: (user.otpBackupCodes ?? []).filter((c) => c.startsWith('$2')).length,
    };
  }

  /**
   * Handles a post of the set-up form (workflows.md §6.3): `method` is sms, onetouch, totp, none (turn
   * two-factor sign-in off) or blank (change only the phone).
   */
  async beginSetup(request: FastifyRequest, actor: Actor, method: string, phoneInput: string): Promise<SetupResult> {
    const user = (await this.users.findById(actor.userId))!;
    const required = isTwoFactorRequired({ otpRequiredForLogin: user.otpRequiredForLogin, institutionOtpEnabled: await this.institutionRequiresTwoFactor(user) });
    const plan = planTwoFactorSetup(user, { method, phoneInput, required });
    switch (plan.kind) {
      case 'refused':
        throw new ValidationFailedError([violation(FIELDS[plan.field], plan.message)]);
      case 'unchanged':
        return { kind: 'unchanged' };
      case 'turn-off':
        await this.users.update(user.id, {
          phone_number: plan.phoneNumber || null,
          enabled_two_factor: false,
          authy_status: null,
          encrypted_otp_secret: null,
          encrypted_otp_secret_iv: null,
        });
        return { kind: 'disabled' };
      case 'store-phone':
        await this.users.update(user.id, { phone_number: plan.phoneNumber });
        return { kind: 'phone-updated' };
      case 'enroll-totp': {
        const secret = newTotpSecret();
        request.session.set('pendingTotp', secret);
        return { kind: 'enroll-totp', secret, qrSvg: await totpQrSvg(totpUri(secret, user.email)) };
      }
      case 'confirm-sms': {
        const session = await this.currentSession(request);
        await this.sendCode(session.id, plan.phoneNumber, 'confirm-phone', plan.phoneNumber);
        return { kind: 'confirm-phone', phoneNumber: plan.phoneNumber };
      }
      case 'confirm-authy':
        return this.confirmAuthy(request, user, plan.phoneNumber);
    }
  }

  private async confirmAuthy(request: FastifyRequest, user: UserRecord, phoneNumber: string): Promise<SetupResult> {
    if (!this.authy.enabled) throw new ValidationFailedError([violation(FIELDS.AuthyStatus, 'Authy push approval is not available.')]);
    // Fix (reference quirk): register only when the stored Authy id is empty, and set both flags on approval.
    const authyId = user.authyId && phoneNumber === smsPhoneNumber(user.phoneNumber) ? user.authyId : await this.authy.registerUser(user.email, phoneNumber);
    await this.users.update(user.id, { authy_id: authyId });
    if ((await this.authy.requestApproval(authyId, 'Confirm two-factor sign-in for the APTrust Registry.')) !== 'approved') return { kind: 'authy-denied' };
    await this.enable(request, user.id, { phone_number: phoneNumber, authy_status: TWO_FACTOR_AUTHY });
    return { kind: 'authy-confirmed' };
  }

  /** Confirms a new phone with the code texted to it; the phone becomes the user's SMS second factor. */
  async confirmPhone(request: FastifyRequest, actor: Actor, code: string): Promise<VerifyOutcome> {
    const session = await this.currentSession(request);
    if (session.userId !== actor.userId || session.otpPurpose !== 'confirm-phone' || !session.otpHash || !session.otpPhoneNumber) {
      return { kind: 'expired', message: EXPIRED_CODE_MESSAGE };
    }
    if (isCodeExpired(session.otpSentAt, this.config.twoFactor.otpExpirationMs, nowTimestamp())) return { kind: 'expired', message: EXPIRED_CODE_MESSAGE };
    if (!(await bcrypt.compare(normalizeCode(code), session.otpHash))) {
      if ((await this.sessions.recordFailedCode(session.id)) >= MAX_SECOND_FACTOR_FAILURES) return this.lockOut(request);
      return { kind: 'wrong', message: "Oops! That wasn't the right code. Try again." };
    }
    await this.enable(request, actor.userId, { phone_number: session.otpPhoneNumber, authy_status: TWO_FACTOR_SMS });
    return { kind: 'accepted' };
  }

  /** Confirms an authenticator app with its first code; the app becomes the user's second factor. */
  async confirmTotp(request: FastifyRequest, actor: Actor, code: string): Promise<{ accepted: boolean; secret: string | null; qrSvg: string | null }> {
    const secret = request.session.get('pendingTotp');
    if (!secret) return { accepted: false, secret: null, qrSvg: null };
    const step = acceptedTimestep(secret, code, null);
    if (step === null) {
      const user = (await this.users.findById(actor.userId))!;
      return { accepted: false, secret, qrSvg: await totpQrSvg(totpUri(secret, user.email)) };
    }
    const stored = this.cipher.encrypt(secret);
    await this.enable(request, actor.userId, {
      authy_status: TWO_FACTOR_TOTP,
      encrypted_otp_secret: stored.ciphertext,
      encrypted_otp_secret_iv: stored.iv,
      consumed_timestep: step,
    });
    request.session.set('pendingTotp', undefined);
    return { accepted: true, secret: null, qrSvg: null };
  }

  /** Six new single-use backup codes, replacing the old ones; only their hashes are kept. */
  async newBackupCodes(actor: Actor): Promise<string[]> {
    const codes = newBackupCodes();
    const hashes = await Promise.all(codes.map((code) => bcrypt.hash(code, BCRYPT_COST)));
    await this.users.update(actor.userId, { otp_backup_codes: hashes });
    return codes;
  }

  private async enable(request: FastifyRequest, userId: number, changes: Parameters<UserRepository['update']>[1]): Promise<void> {
    await this.users.update(userId, { ...changes, enabled_two_factor: true, confirmed_two_factor: true });
    const sessionId = this.webSessions.currentId(request);
    // Setting up a factor proves it, so this session does not owe one.
    if (sessionId) await this.sessions.completeSecondFactor(sessionId);
  }

  private async check(session: ActiveSessionRow, user: UserRecord, method: SecondFactorMethod, code: string): Promise<boolean | 'expired'> {
    if (code === '') return false;
    if (method === 'sms') {
      if (session.otpPurpose !== 'sign-in' || !session.otpHash) return false;
      if (isCodeExpired(session.otpSentAt, this.config.twoFactor.otpExpirationMs, nowTimestamp())) return 'expired';
      return bcrypt.compare(code, session.otpHash);
    }
    if (method === 'totp') {
      const secret = this.cipher.decrypt(user.encryptedOtpSecret, user.encryptedOtpSecretIv);
      const step = secret ? acceptedTimestep(secret, code, user.consumedTimestep) : null;
      if (step === null) return false;
      await this.users.update(user.id, { consumed_timestep: step });
      return true;
    }
    const codes = user.otpBackupCodes ?? [];
    for (const [index, hash] of codes.entries()) {
      if (hash.startsWith('$2') && (await bcrypt.compare(code, hash))) {
        await this.users.update(user.id, { otp_backup_codes: codes.filter((_, i) => i !== index) });
        return true;
      }
    }
    return false;
  }

  private async sendCode(sessionId: string, phoneNumber: string, purpose: 'sign-in' | 'confirm-phone', pendingPhone: string | null): Promise<void> {
    const code = newSmsCode();
    await this.sessions.storeCode(sessionId, await bcrypt.hash(code, BCRYPT_COST), purpose, pendingPhone);
    await this.sms.send(phoneNumber, SMS_CODE_MESSAGE(code));
  }

  private async lockOut(request: FastifyRequest): Promise<VerifyOutcome> {
    await this.webSessions.end(request);
    return { kind: 'locked' };
  }

  private async currentSession(request: FastifyRequest): Promise<ActiveSessionRow> {
    return (await this.sessionAuth.activeSession(request)) ?? raiseUnauthenticated();
  }

  private async currentUser(request: FastifyRequest): Promise<UserRecord> {
    return this.userOf(await this.currentSession(request));
  }

  private async userOf(session: ActiveSessionRow): Promise<UserRecord> {
    return (await this.users.findById(session.userId)) ?? raiseUnauthenticated();
  }

  private institutionRequiresTwoFactor(user: UserRecord): Promise<boolean> {
    return this.users.institutionRequiresTwoFactor(user.institutionId);
  }
}

function raiseUnauthenticated(): never {
  throw new AuthenticationRequiredError();
}
