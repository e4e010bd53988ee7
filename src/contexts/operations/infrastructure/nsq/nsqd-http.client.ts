import { fetchFailureReason } from '../../../../shared/http/fetch-failure.js';

/** nsqd's `/stats?format=json` (nsqd 1.x), the parts the admin page shows. */
export interface NsqdClientStats {
  readonly client_id: string;
  readonly hostname?: string;
  readonly remote_address?: string;
  readonly state: number;
  readonly ready_count: number;
  readonly in_flight_count: number;
  readonly message_count: number;
  readonly finish_count: number;
  readonly requeue_count: number;
  /** Seconds since the epoch. */
  readonly connect_ts: number;
}

export interface NsqdChannelStats {
  readonly channel_name: string;
  readonly depth: number;
  readonly backend_depth: number;
  readonly in_flight_count: number;
  readonly deferred_count: number;
  readonly message_count: number;
  readonly requeue_count: number;
  readonly timeout_count: number;
  readonly client_count: number;
  readonly clients: readonly NsqdClientStats[] | null;
  readonly paused: boolean;
}

export interface NsqdTopicStats {
  readonly topic_name: string;
  readonly channels: readonly NsqdChannelStats[] | null;
  readonly depth: number;
  readonly backend_depth: number;
  readonly message_count: number;
  readonly paused: boolean;
}

export interface NsqdStats {
  readonly version: string;
  readonly health: string;
  /** Seconds since the epoch. */
  readonly start_time: number;
  readonly topics: readonly NsqdTopicStats[] | null;
}

export interface NsqdInfo {
  readonly version: string;
  readonly broadcast_address: string;
  readonly hostname: string;
  readonly http_port: number;
  readonly tcp_port: number;
  readonly start_time: number;
}

export class NsqdRequestError extends Error {}

/** nsqd's HTTP API. Every call times out; a non-2xx answer becomes an NsqdRequestError with nsqd's message. */
export class NsqdHttpClient {
  constructor(
    readonly baseUrl: string,
    private readonly timeoutMs = 5000,
  ) {}

  stats(): Promise<NsqdStats> {
    return this.getJson<NsqdStats>('/stats?format=json');
  }

  info(): Promise<NsqdInfo> {
    return this.getJson<NsqdInfo>('/info?format=json');
  }

  /** A POST with an empty body (pause, empty, create …); 200–204 is success. */
  async post(pathAndQuery: string): Promise<void> {
    const response = await this.send(pathAndQuery, 'POST');
    const body = await response.text();
    if (response.status < 200 || response.status > 204) throw new NsqdRequestError(`nsqd ${pathAndQuery} answered ${response.status}: ${messageOf(body)}`);
  }

  private async getJson<T>(pathAndQuery: string): Promise<T> {
    const response = await this.send(pathAndQuery, 'GET');
    const body = await response.text();
    if (response.status !== 200) throw new NsqdRequestError(`nsqd ${pathAndQuery} answered ${response.status}: ${messageOf(body)}`);
    const parsed = JSON.parse(body) as T & { data?: T; status_code?: number };
    // nsqd before 1.0 wrapped every answer in {status_code, status_txt, data}.
    return parsed.status_code !== undefined && parsed.data !== undefined ? parsed.data : parsed;
  }

  private async send(pathAndQuery: string, method: 'GET' | 'POST'): Promise<Response> {
    try {
      return await fetch(new URL(pathAndQuery, this.baseUrl), { method, signal: AbortSignal.timeout(this.timeoutMs) });
    } catch (error) {
      throw new NsqdRequestError(`nsqd at ${this.baseUrl} is unreachable: ${fetchFailureReason(error)}`);
    }
  }
}

function messageOf(body: string): string {
  try {
    const parsed = JSON.parse(body) as { message?: string; status_txt?: string };
    return parsed.message ?? parsed.status_txt ?? body;
  } catch {
    return body.slice(0, 200);
  }
}
