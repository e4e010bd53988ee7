import { Inject, Injectable, Logger } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppConfig } from '../../../config/app-config.js';
import { APP_CONFIG } from '../../../config/config.module.js';

type Limiter = (request: FastifyRequest, options?: { increment?: boolean }) => Promise<{ isAllowed: boolean; ttlInSeconds?: number; remaining?: number }>;

const ACCOUNT = Symbol('throttled account');

/** The account as the throttle counts it: any spelling of one address is one account. */
const accountOf = (request: FastifyRequest): string => `account:${String((request as unknown as Record<symbol, string>)[ACCOUNT] ?? '')}`;

function forAccount(request: FastifyRequest, email: string): FastifyRequest {
  (request as unknown as Record<symbol, string>)[ACCOUNT] = email.trim().toLowerCase();
  return request;
}

/**
 * Failed sign-ins (and wrong second factors) are counted per account email and per client address (@fastify/rate-limit
 * counters, SIGN_IN_ACCOUNT_LIMIT / SIGN_IN_ADDRESS_LIMIT within SIGN_IN_THROTTLE_WINDOW). Once
 * either limit is reached, sign-in is refused for the rest of the window without checking the
 * password. The account counter does not care whether the account exists, so the answer reveals
 * nothing about which emails have accounts.
 *
 * With REDIS_URL the counters are in Redis, shared by every instance (see rateLimitStoreOptions).
 * When Redis cannot be reached the failure is logged and sign-in goes on unthrottled: an outage
 * must not lock everyone out. (The plugin's `skipOnError` would do the same without a trace.)
 */
@Injectable()
export class SignInThrottle {
  private readonly logger = new Logger(SignInThrottle.name);
  private limiters: { account: Limiter; address: Limiter } | undefined;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Seconds until sign-in may be tried again, or null when it may be tried now. */
  async retryAfterSeconds(request: FastifyRequest, email: string): Promise<number | null> {
    const { account, address } = this.limitersFor();
    forAccount(request, email);
    const results = await this.unlessUnavailable('Sign-in allowed without checking the throttle', () => Promise.all([account(request, { increment: false }), address(request, { increment: false })]));
    if (!results) return null;
    const blocked = results.filter((r) => !r.isAllowed && r.remaining === 0);
    return blocked.length === 0 ? null : Math.max(1, ...blocked.map((r) => r.ttlInSeconds ?? 1));
  }

  /** Counts a failed sign-in, or a wrong second factor, against the account and the address. */
  async recordFailure(request: FastifyRequest, email: string): Promise<void> {
    const { account, address } = this.limitersFor();
    forAccount(request, email);
    await this.unlessUnavailable('Failed sign-in not counted', () => Promise.all([account(request), address(request)]));
  }

  /** The counters' answer, or undefined (logged) when their store, Redis, could not give one. */
  private async unlessUnavailable<T>(consequence: string, use: () => Promise<T>): Promise<T | undefined> {
    try {
      return await use();
    } catch (error) {
      this.logger.warn(`${consequence}: the throttle's counters are unavailable (${error instanceof Error ? error.message : String(error)})`);
      return undefined;
    }
  }

  private limitersFor(): { account: Limiter; address: Limiter } {
    if (!this.limiters) {
      const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
      const { accountLimit, addressLimit, windowMs } = this.config.signInThrottle;
      this.limiters = {
        account: fastify.createRateLimit({ max: accountLimit, timeWindow: windowMs, keyGenerator: accountOf }) as Limiter,
        address: fastify.createRateLimit({ max: addressLimit, timeWindow: windowMs, keyGenerator: (request) => `address:${request.ip}` }) as Limiter,
      };
    }
    return this.limiters;
  }
}
