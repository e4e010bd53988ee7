import bcrypt from 'bcryptjs';
import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { nowTimestamp, toPgTimestamp } from '../../../shared/time/timestamp.js';
import { afterSignIn, afterSignOut } from '../domain/session-bookkeeping.rules.js';
import { isTwoFactorUser } from '../domain/two-factor.js';
import { UserRepository } from '../infrastructure/persistence/user.repository.js';
import { SignInThrottle } from './sign-in-throttle.js';
import { clientInfoOf, WebSessions } from './web-sessions.js';

/** The reference's texts (api.md §1.4), which its clients and tests look for. */
export const INVALID_LOGIN_MESSAGE = 'invalid login or password';
export const DEACTIVATED_MESSAGE = 'account deactivated';
export const throttledMessage = (seconds: number): string =>
  `Too many failed sign-in attempts. Please wait ${Math.ceil(seconds / 60)} minute${Math.ceil(seconds / 60) === 1 ? '' : 's'} and try again.`;

/** Compared against when the email is unknown, so both answers take as long. */
const UNKNOWN_USER_HASH = '$2b$10$..njWIomjOWdae.1qalFbuS9RX42.q94w1czXQO5hJ3yg/aqaZzaK';

export type SignInOutcome =
  | { readonly kind: 'signed-in'; readonly userId: number; readonly secondFactorPending: boolean }
  | { readonly kind: 'refused'; readonly status: 400; readonly message: string }
  | { readonly kind: 'throttled'; readonly retryAfterSeconds: number; readonly message: string };

@Injectable()
export class SignInService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UserRepository,
    private readonly sessions: WebSessions,
    private readonly throttle: SignInThrottle,
  ) {}

  /**
   * Email and password sign-in. The password is checked before the account's state, so only
   * someone who knows it learns that an account is deactivated. Success records the sign-in on
   * the user row and starts a session that still owes the second factor for two-factor users.
   * A failed attempt ends the browser's current session, as the reference deletes its cookie.
   */
  async signIn(request: FastifyRequest, email: string, password: string): Promise<SignInOutcome> {
    const outcome = await this.attempt(request, email, password);
    if (outcome.kind !== 'signed-in') await this.sessions.end(request);
    return outcome;
  }

  private async attempt(request: FastifyRequest, email: string, password: string): Promise<SignInOutcome> {
    const wait = await this.throttle.retryAfterSeconds(request, email);
    if (wait !== null) return { kind: 'throttled', retryAfterSeconds: wait, message: throttledMessage(wait) };

    const user = email.trim() === '' ? null : await this.users.findByEmail(email);
    const passwordMatches = await bcrypt.compare(password, user?.encryptedPassword || UNKNOWN_USER_HASH);
    if (!user || !user.encryptedPassword || !passwordMatches) {
      await this.throttle.recordFailure(request, email);
      return { kind: 'refused', status: 400, message: INVALID_LOGIN_MESSAGE };
    }
    if (user.deactivatedAt !== null) return { kind: 'refused', status: 400, message: DEACTIVATED_MESSAGE };

    const secondFactorPending = isTwoFactorUser(user);
    await this.dataSource.transaction(async (manager) => {
      await this.recordSignIn(user.id, request, manager);
      await this.sessions.start(request, user.id, { secondFactorCompleted: !secondFactorPending }, manager);
    });
    return { kind: 'signed-in', userId: user.id, secondFactorPending };
  }

  /** Sign-in bookkeeping on the user row (count, current and previous time and address). */
  async recordSignIn(userId: number, request: FastifyRequest, manager = this.dataSource.manager): Promise<void> {
    const user = (await this.users.findById(userId, manager))!;
    const next = afterSignIn(user, clientInfoOf(request).ip, nowTimestamp());
    await this.users.update(
      userId,
      {
        sign_in_count: next.signInCount,
        current_sign_in_at: next.currentSignInAt && toPgTimestamp(next.currentSignInAt),
        last_sign_in_at: next.lastSignInAt && toPgTimestamp(next.lastSignInAt),
        current_sign_in_ip: next.currentSignInIp,
        last_sign_in_ip: next.lastSignInIp,
      },
      manager,
    );
  }

  /** Ends the request's session and does the sign-out bookkeeping the reference intended (and never ran). */
  async signOut(request: FastifyRequest, userId: number | null): Promise<void> {
    await this.sessions.end(request);
    if (userId === null) return;
    const user = await this.users.findById(userId);
    if (!user) return;
    const next = afterSignOut(user);
    await this.users.update(userId, {
      last_sign_in_at: next.lastSignInAt && toPgTimestamp(next.lastSignInAt),
      last_sign_in_ip: next.lastSignInIp,
      current_sign_in_at: null,
      current_sign_in_ip: null,
      encrypted_otp_sent_at: null,
    });
  }
}
