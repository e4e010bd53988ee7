import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { ClientConfig } from 'pg';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../../../../config/app-config.js';
import { APP_CONFIG } from '../../../../config/config.module.js';
import { PgChannelListener } from '../../../../shared/persistence/pg-channel-listener.js';
import { UserCredentialsQuery, type UserCredentials } from './user-credentials.query.js';

/** The channel a trigger on `users` notifies (migration NotifyUserCredentialChanges): a changed email, or '' for all. */
export const USER_CREDENTIALS_CHANNEL = 'user_credentials_changed';

/** The columns UserCredentials holds: a change to any other column leaves cached credentials valid. */
export const CREDENTIAL_COLUMNS: readonly string[] = ['email', 'name', 'role', 'institution_id', 'deactivated_at', 'encrypted_api_secret_key'];

const MAX_ENTRIES = 10_000;

interface Entry {
  readonly credentials: UserCredentials | null;
  readonly expires: number;
}

/**
 * What API-key authentication reads of a user, kept in memory so that a busy client does not cost a
 * query per request. Entries are trusted only while this instance listens on
 * USER_CREDENTIALS_CHANNEL: every change of a user (whatever instance or tool makes it) notifies
 * each listener at commit, and while the listening connection is down nothing is cached. A read
 * that a notification overtook is not kept. Changes made by this instance also drop entries at
 * once, before their commit's notification arrives. Entries live at most API_USER_CACHE_SECONDS.
 */
@Injectable()
export class UserCredentialsCache implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(UserCredentialsCache.name);
  private readonly entries = new Map<string, Entry>();
  private readonly maxAgeMs: number;
  private listener: PgChannelListener | null = null;
  /** Moves on every invalidation, so that a read started before one is not stored after it. */
  private generation = 0;
  private live = false;

  constructor(
    private readonly query: UserCredentialsQuery,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.maxAgeMs = config.apiUserCacheSeconds * 1000;
  }

  async onModuleInit(): Promise<void> {
    if (this.maxAgeMs === 0) return;
    const pool = (this.dataSource.driver as unknown as { master: { options: ClientConfig } }).master;
    this.listener = new PgChannelListener(pool.options, USER_CREDENTIALS_CHANNEL, this, this.logger);
    await this.listener.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.listener?.stop();
  }

  async byEmail(email: string): Promise<UserCredentials | null> {
    if (this.live) {
      const entry = this.entries.get(email);
      if (entry && entry.expires > Date.now()) return entry.credentials;
    }
    const generation = this.generation;
    const credentials = await this.query.byEmail(email);
    if (this.live && generation === this.generation) this.store(email, credentials);
    return credentials;
  }

  /** Drops every entry (this instance changed a user's credentials). */
  forgetAll(): void {
    this.generation++;
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  onNotification(payload: string): void {
    if (payload === '') {
      this.forgetAll();
      return;
    }
    this.generation++;
    this.entries.delete(payload);
  }

  onLiveChange(live: boolean): void {
    this.forgetAll();
    this.live = live;
  }

  private store(email: string, credentials: UserCredentials | null): void {
    this.entries.delete(email);
    this.entries.set(email, { credentials, expires: Date.now() + this.maxAgeMs });
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
  }
}
