import { formatDateTime } from '../../../../shared/web/template-filters.js';
import type { NsqOverview } from '../../application/nsq-admin.service.js';
import type { NsqdChannelStats, NsqdClientStats, NsqdTopicStats } from '../../infrastructure/nsq/nsqd-http.client.js';

const COUNT = new Intl.NumberFormat('en-US');
const CLIENT_STATES: Readonly<Record<number, string>> = { 0: 'Init', 1: 'Disconnected', 2: 'Connected', 3: 'Subscribed', 4: 'Closing' };

/** "2026-11-23 03:52 UTC" from seconds since the epoch; "" for none. */
export const epochSecondsToText = (seconds: number | undefined): string =>
  seconds ? formatDateTime(new Date(seconds * 1000).toISOString()) : '';

const count = (n: number | undefined): string => COUNT.format(n ?? 0);

const toClient = (c: NsqdClientStats) => ({
  id: c.client_id,
  host: c.hostname ?? c.remote_address ?? '',
  state: CLIENT_STATES[c.state] ?? String(c.state),
  ready: count(c.ready_count),
  inFlight: count(c.in_flight_count),
  messages: count(c.message_count),
  finished: count(c.finish_count),
  requeued: count(c.requeue_count),
  connectedSince: epochSecondsToText(c.connect_ts),
});

const toChannel = (c: NsqdChannelStats) => ({
  name: c.channel_name,
  paused: c.paused,
  depth: count(c.depth),
  backendDepth: count(c.backend_depth),
  inFlight: count(c.in_flight_count),
  deferred: count(c.deferred_count),
  messages: count(c.message_count),
  requeued: count(c.requeue_count),
  timedOut: count(c.timeout_count),
  clientCount: count(c.client_count),
  clients: (c.clients ?? []).map(toClient),
});

const toTopic = (t: NsqdTopicStats) => ({
  name: t.topic_name,
  paused: t.paused,
  depth: count(t.depth),
  backendDepth: count(t.backend_depth),
  messages: count(t.message_count),
  channels: [...(t.channels ?? [])].sort((a, b) => a.channel_name.localeCompare(b.channel_name)).map(toChannel),
});

/** The NSQ page: nsqd's header facts and its topics (by name) with their channels and clients. */
export function toNsqViewModel(overview: NsqOverview) {
  if (overview.status !== 'ok') return { status: overview.status, address: 'address' in overview ? overview.address : null, error: 'error' in overview ? overview.error : null, topics: [] };
  const { info, stats } = overview;
  return {
    status: overview.status,
    address: overview.address,
    error: null,
    nsqd: {
      version: info.version ?? stats.version,
      broadcastAddress: info.broadcast_address,
      httpPort: info.http_port,
      tcpPort: info.tcp_port,
      startTime: epochSecondsToText(info.start_time ?? stats.start_time),
      health: stats.health,
    },
    topics: [...(stats.topics ?? [])].sort((a, b) => a.topic_name.localeCompare(b.topic_name)).map(toTopic),
  };
}
