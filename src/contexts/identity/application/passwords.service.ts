import { randomBytes } from 'node:crypto';
import bcrypt from 'bcryptjs';
import { Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { DataSource, type EntityManager } from 'typeorm';
import type { AppConfig } from '../../../config/app-config.js';
import { APP_CONFIG } from '../../../config/config.module.js';
import { AccessPolicy } from '../../../shared/access/access-policy.js';
import type { Actor } from '../../../shared/access/actor.js';
import { fieldRef, violation, type ValidationError } from '../../../shared/domain/validation.js';
import { BCRYPT_COST } from '../../../shared/domain/secret-token.js';
import { DomainError, NotFoundError } from '../../../shared/errors/domain-error.js';
import { ValidationFailedError } from '../../../shared/errors/validation-failed.error.js';
import { nowTimestamp } from '../../../shared/time/timestamp.js';
import { isResetTokenLive, type ResetTokenKind } from '../domain/password-reset.rules.js';
import { newPasswordViolation, PASSWORDS_DONT_MATCH_MESSAGE } from '../domain/password-policy.js';
import { isTwoFactorUser } from '../domain/two-factor.js';
import { DB_NOW, UserRepository, type UserRecord } from '../infrastructure/persistence/user.repository.js';
import { UserSessionRepository } from '../infrastructure/persistence/user-session.repository.js';
import { AccountAlerts } from './account-alerts.js';
import { SignInService } from './sign-in.service.js';
import { clientInfoOf, WebSessions } from './web-sessions.js';

export const MUST_COMPLETE_OWN_RESET = 'you must complete your own password reset';
const FIELDS = { old: fieldRef('OldPassword', 'old_password'), next: fieldRef('NewPassword', 'new_password'), confirm: fieldRef('ConfirmNewPassword', 'confirm_new_password') };

export interface PasswordChange {
  readonly oldPassword: string;
  readonly newPassword: string;
  readonly confirmation: string;
}

/**
 * Passwords: changing one (self, or an admin for a user they manage), self-service reset by email
 * (single-use tokens that expire), admin-initiated reset, and the set-up link of new accounts.
 */
@Injectable()
export class PasswordsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UserRepository,
    private readonly sessions: UserSessionRepository,
    private readonly webSessions: WebSessions,
    private readonly signIns: SignInService,
    private readonly accountAlerts: AccountAlerts,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The user whose password `actor` may change (api.md §2.6), or a 403. */
  async changeableUser(actor: Actor, userId: number): Promise<UserRecord> {
    const target = (await this.users.findById(userId)) ?? raiseNotFound();
    if (actor.pendingStep === 'password-change' && target.id !== actor.userId) throw new DomainError('forbidden', MUST_COMPLETE_OWN_RESET);
    const allowed = target.id === actor.userId || AccessPolicy.hasPermission(actor, 'UserUpdate', target.institutionId);
    if (!allowed) throw new DomainError('forbidden', 'permission denied');
    return target;
  }

  /** Whether the change form asks for the current password: only for your own password, outside a forced change. */
  needsOldPassword(actor: Actor, target: UserRecord): boolean {
    return target.id === actor.userId && actor.pendingStep !== 'password-change';
  }

  /**
   * Sets a new password. Ends the user's other sessions (all of them when someone else changes it),
   * clears any pending reset, and tells the user by a Password Changed alert.
   */
  async change(actor: Actor, request: FastifyRequest, userId: number, change: PasswordChange): Promise<UserRecord> {
    const target = await this.changeableUser(actor, userId);
    const problems: ValidationError[] = [];
    if (this.needsOldPassword(actor, target) && !(await bcrypt.compare(change.oldPassword, target.encryptedPassword || ''))) {
      problems.push(violation(FIELDS.old, 'Your current password is not correct.'));
    }
    const weakness = newPasswordViolation(change.newPassword, change.confirmation);
    if (weakness === PASSWORDS_DONT_MATCH_MESSAGE) problems.push(violation(FIELDS.confirm, 'The passwords do not match.'));
    else if (weakness) problems.push(violation(FIELDS.next, 'Use at least 8 characters with a lowercase letter, an uppercase letter and a digit.'));
    if (problems.length > 0) throw new ValidationFailedError(problems);

    await this.dataSource.transaction(async (manager) => this.storeNewPassword(manager, actor, request, target, change.newPassword));
    return target;
  }

  /**
   * Writes an accepted new password in the caller's transaction: clears any pending reset, ends the
   * user's other sessions (all of them when someone else changes it) and queues the Password Changed
   * alert, whose email goes out once the caller's transaction commits.
   */
  async storeNewPassword(manager: EntityManager, actor: Actor, request: FastifyRequest, target: UserRecord, newPassword: string): Promise<void> {
    const hash = await bcrypt.hash(newPassword, BCRYPT_COST);
    const ownChange = target.id === actor.userId;
    await this.users.update(
      target.id,
      {
        encrypted_password: hash,
        password_changed_at: DB_NOW,
        reset_password_token: null,
        reset_password_sent_at: null,
        force_password_update: false,
        ...(ownChange ? { initial_password_updated: true } : {}),
      },
      manager,
    );
    await this.sessions.revokeAllForUser(target.id, manager, ownChange ? (this.webSessions.currentId(request) ?? undefined) : undefined);
    await this.accountAlerts.passwordChanged(manager, target, actor.name, clientInfoOf(request), nowTimestamp());
  }

  /**
   * The forgot-password form: sends a reset link when the address belongs to an active account, and
   * does nothing otherwise; the caller shows the same confirmation either way.
   */
  async requestReset(email: string): Promise<void> {
    const user = email.trim() === '' ? null : await this.users.findByEmail(email);
    if (!user || user.deactivatedAt !== null || user.institutionId === null) return;
    await this.dataSource.transaction((manager) => this.issueToken(manager, user, 'reset', { force: false }));
  }

  /**
   * An admin resets a user's password: the user is sent a link, and their sessions end until they
   * choose a new one. A deactivated user is reset too, as in the reference (the emailed code is
   * refused while the account stays deactivated).
   */
  async initiateReset(actor: Actor, userId: number): Promise<UserRecord> {
    const target = await this.changeableUser(actor, userId);
    await this.dataSource.transaction((manager) => this.issueToken(manager, target, 'reset', { force: true }));
    return target;
  }

  /**
   * Stores a new token (only its bcrypt hash) and queues the email with the link. `force` also makes
   * every session of the user change the password first, and ends the sessions there are.
   */
  async issueToken(manager: EntityManager, user: UserRecord, kind: ResetTokenKind, options: { force: boolean; adminName?: string }): Promise<void> {
    const token = randomBytes(16).toString('hex');
    const hash = await bcrypt.hash(token, BCRYPT_COST);
    await this.users.update(user.id, { reset_password_token: hash, reset_password_sent_at: DB_NOW, ...(options.force ? { force_password_update: true } : {}) }, manager);
    if (options.force) await this.sessions.revokeAllForUser(user.id, manager);
    if (kind === 'welcome') await this.accountAlerts.welcome(manager, user, options.adminName ?? 'An administrator', token);
    else await this.accountAlerts.passwordReset(manager, user, token);
  }

  /**
   * Uses a reset (or welcome) token: it must belong to the user, be unexpired and is consumed at
   * once. The user is signed in with a session that must choose a new password (and, for two-factor
   * users, give the second factor first). Returns false for any bad token, without saying why.
   */
  async completeReset(request: FastifyRequest, userId: number, token: string): Promise<{ secondFactorPending: boolean } | null> {
    const user = Number.isSafeInteger(userId) && userId > 0 ? await this.users.findById(userId) : null;
    if (!user || user.deactivatedAt !== null || user.institutionId === null || token.trim() === '') return null;
    const lifetimes = { resetMs: this.config.passwords.resetExpirationMs, welcomeMs: this.config.passwords.welcomeExpirationMs };
    if (!isResetTokenLive(user, lifetimes, nowTimestamp())) return null;
    if (!(await bcrypt.compare(token.trim(), user.resetPasswordToken!))) return null;

    const secondFactorPending = isTwoFactorUser(user);
    const consumed = await this.dataSource.transaction(async (manager) => {
      const [, count] = await manager.query(
        // The send time stays until a new password is chosen: with the flag, it holds the sessions to the change.
        `UPDATE users SET reset_password_token = NULL, force_password_update = true WHERE id = $1 AND reset_password_token = $2`,
        [user.id, user.resetPasswordToken],
      );
      if (count !== 1) return false;
      await this.sessions.revokeAllForUser(user.id, manager);
      await this.signIns.recordSignIn(user.id, request, manager);
      await this.webSessions.start(request, user.id, { secondFactorCompleted: !secondFactorPending }, manager);
      return true;
    });
    return consumed ? { secondFactorPending } : null;
  }
}

function raiseNotFound(): never {
  throw new NotFoundError();
}
