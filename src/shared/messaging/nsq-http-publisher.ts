import { fetchFailureReason, isFetchTimeout } from '../http/fetch-failure.js';
import type { NsqPublisher } from './nsq-publisher.js';

/**
 * Publishes through nsqd's HTTP API exactly as the reference does (workflows.md §0.5): one
 * `POST {NSQ_URL}/pub?topic=<topic>` per message, the body as text, and only a 200 is success, so
 * anything that stands in for nsqd at that address works. A batch stops at its first failure; the
 * relay then retries the batch, and the messages already accepted are delivered again (NSQ delivers
 * at least once anyway). The base URL is kept whole, so a path prefix works too.
 */
export class NsqHttpPublisher implements NsqPublisher {
  private readonly baseUrl: string;

  constructor(
    httpAddress: string,
    private readonly timeoutMs = 5000,
  ) {
    this.baseUrl = httpAddress.endsWith('/') ? httpAddress : `${httpAddress}/`;
  }

  get target(): string {
    return `nsqd over HTTP at ${this.baseUrl}`;
  }

  async publish(topic: string, bodies: readonly string[]): Promise<void> {
    const url = new URL('pub', this.baseUrl);
    url.searchParams.set('topic', topic);
    for (const body of bodies) {
      const { status, answer } = await this.post(url, topic, body);
      if (status !== 200) throw new Error(`nsqd at ${this.baseUrl} answered ${status} to publishing to ${topic}: ${answer.trim().slice(0, 200)}`);
    }
  }

  /** Each publish is one request on Node's shared connection pool: there is nothing of ours to release. */
  close(): void {}

  private async post(url: URL, topic: string, body: string): Promise<{ status: number; answer: string }> {
    try {
      // The timeout covers the answer's body as well as its headers.
      const response = await fetch(url, {
        method: 'POST',
        body,
        headers: { 'content-type': 'text/html' },
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      return { status: response.status, answer: await response.text() };
    } catch (error) {
      if (isFetchTimeout(error)) {
        throw new Error(`publishing to ${topic} at ${this.baseUrl} timed out after ${this.timeoutMs} ms`);
      }
      throw new Error(`nsqd at ${this.baseUrl} is unreachable: ${fetchFailureReason(error)}`);
    }
  }
}
