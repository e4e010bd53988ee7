import type { AppConfig } from '../../config/app-config.js';
import { NsqHttpPublisher } from './nsq-http-publisher.js';
import { NsqTcpPublisher } from './nsq-tcp-publisher.js';

/** Delivers message bodies to nsqd for the outbox relay. */
export interface NsqPublisher {
  /** Where the messages go, for the logs. */
  readonly target: string;
  /**
   * Publishes the bodies to the topic as one batch, in order. Resolves only once nsqd has accepted
   * them; rejects otherwise (nsqd unreachable, too slow, or refusing), and the caller retries.
   */
  publish(topic: string, bodies: readonly string[]): Promise<void>;
  close(): void;
}

/**
 * TCP when NSQD_TCP_ADDRESS is set; otherwise nsqd's HTTP API at NSQD_HTTP_ADDRESS (or the
 * reference's NSQ_URL), as the reference publishes; undefined when neither is set.
 */
export function createNsqPublisher(nsq: AppConfig['nsq']): NsqPublisher | undefined {
  if (nsq.tcpAddress) return new NsqTcpPublisher(nsq.tcpAddress);
  if (nsq.httpAddress) return new NsqHttpPublisher(nsq.httpAddress);
  return undefined;
}
