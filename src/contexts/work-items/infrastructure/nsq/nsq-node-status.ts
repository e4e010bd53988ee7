import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../../../../config/app-config.js';
import { APP_CONFIG } from '../../../../config/config.module.js';

export type NodeStatus = 'running' | 'not running' | 'unknown';

/** Short: the work item page waits for it. */
const TIMEOUT_MS = 1500;

interface NsqStats {
  readonly topics?: readonly { readonly channels?: readonly { readonly clients?: readonly { readonly hostname?: string }[] }[] }[];
}

/**
 * Whether the Preserv worker that claimed an item is alive (workflows.md §3.7): running when a client
 * connected to nsqd has a hostname containing the node's name; unknown when nsqd is not configured or
 * does not answer.
 */
@Injectable()
export class NsqNodeStatus {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async of(node: string): Promise<NodeStatus> {
    const address = this.config.nsq.httpAddress;
    if (!address || node === '') return 'unknown';
    const base = /^https?:\/\//.test(address) ? address : `http://${address}`;
    try {
      const response = await fetch(`${base.replace(/\/$/, '')}/stats?format=json`, { signal: AbortSignal.timeout(TIMEOUT_MS) });
      if (!response.ok) return 'unknown';
      const body = (await response.json()) as NsqStats & { data?: NsqStats };
      const stats = body.data ?? body;
      const hostnames = (stats.topics ?? []).flatMap((t) => (t.channels ?? []).flatMap((c) => (c.clients ?? []).map((client) => client.hostname ?? '')));
      return hostnames.some((hostname) => hostname.includes(node)) ? 'running' : 'not running';
    } catch {
      return 'unknown';
    }
  }
}
