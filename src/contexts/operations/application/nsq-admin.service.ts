import { Inject, Injectable, Logger } from '@nestjs/common';
import type { AppConfig } from '../../../config/app-config.js';
import { APP_CONFIG } from '../../../config/config.module.js';
import { INGEST_TOPICS, nsqdActionPath, workerChannelOf, type NsqAdminCommand } from '../domain/nsq-admin.js';
import { NsqdHttpClient, type NsqdInfo, type NsqdStats } from '../infrastructure/nsq/nsqd-http.client.js';

export type NsqOverview =
  | { readonly status: 'not-configured' }
  | { readonly status: 'unreachable'; readonly address: string; readonly error: string }
  | { readonly status: 'ok'; readonly address: string; readonly info: NsqdInfo; readonly stats: NsqdStats };

export class NsqNotConfiguredError extends Error {
  constructor() {
    super('NSQ is not configured (NSQD_HTTP_ADDRESS is not set)');
  }
}

/** The sys admins' NSQ page (workflows.md §9.1): nsqd's statistics and its pause, empty and delete actions. */
@Injectable()
export class NsqAdminService {
  private readonly logger = new Logger(NsqAdminService.name);
  private readonly client: NsqdHttpClient | undefined;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.client = config.nsq.httpAddress ? new NsqdHttpClient(config.nsq.httpAddress) : undefined;
  }

  async overview(): Promise<NsqOverview> {
    if (!this.client) return { status: 'not-configured' };
    try {
      const [info, stats] = await Promise.all([this.client.info(), this.client.stats()]);
      return { status: 'ok', address: this.client.baseUrl, info, stats };
    } catch (error) {
      return { status: 'unreachable', address: this.client.baseUrl, error: error instanceof Error ? error.message : String(error) };
    }
  }

  /** Runs the command on its topic or channel, or on every topic or channel (collecting every failure). */
  async run(command: NsqAdminCommand): Promise<void> {
    const client = this.requireClient();
    if (!command.applyToAll) {
      await client.post(nsqdActionPath(command.operation, command.targetType, command.topicName, command.channelName));
      return;
    }
    const topics = (await client.stats()).topics ?? [];
    const targets =
      command.targetType === 'topic'
        ? topics.map((t) => nsqdActionPath(command.operation, 'topic', t.topic_name))
        : topics.flatMap((t) => (t.channels ?? []).map((c) => nsqdActionPath(command.operation, 'channel', t.topic_name, c.channel_name)));
    const errors: string[] = [];
    for (const target of targets) {
      await client.post(target).catch((error: unknown) => errors.push(error instanceof Error ? error.message : String(error)));
    }
    if (errors.length > 0) throw new Error(errors.join('; '));
  }

  /** Creates each missing ingest topic with its worker channel; failures are logged. Returns the topics created. */
  async createDefaultTopics(): Promise<string[]> {
    const client = this.requireClient();
    const existing = new Set(((await client.stats()).topics ?? []).map((t) => t.topic_name));
    const created: string[] = [];
    for (const topic of INGEST_TOPICS.filter((t) => !existing.has(t))) {
      try {
        await client.post(nsqdActionPath('create', 'topic', topic));
        await client.post(nsqdActionPath('create', 'channel', topic, workerChannelOf(topic)));
        created.push(topic);
      } catch (error) {
        this.logger.warn(`Could not create NSQ topic ${topic} or its channel: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return created;
  }

  private requireClient(): NsqdHttpClient {
    if (!this.client) throw new NsqNotConfiguredError();
    return this.client;
  }
}
