import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import { connect } from 'node:net';
import type { AppConfig } from '../../../../config/app-config.js';
import { APP_CONFIG } from '../../../../config/config.module.js';

const TIMEOUT_MS = 2000;

/**
 * nsqd's /ping when its HTTP address is configured, otherwise a TCP connection to its TCP address.
 * Never fails readiness: the outbox keeps work for Preserv until nsqd is back.
 */
@Injectable()
export class NsqdHealthIndicator {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly indicators: HealthIndicatorService,
  ) {}

  get configured(): boolean {
    return this.config.nsq.httpAddress !== undefined || this.config.nsq.tcpAddress !== undefined;
  }

  async check(key = 'nsqd'): Promise<HealthIndicatorResult<string>> {
    const session = this.indicators.check(key);
    const started = performance.now();
    try {
      const { httpAddress, tcpAddress } = this.config.nsq;
      if (httpAddress) await ping(httpAddress);
      else await tcpConnect(tcpAddress!);
      return session.up({ responseTime: Math.round(performance.now() - started) });
    } catch (error) {
      return session.degraded({ message: error instanceof Error ? error.message : String(error) });
    }
  }
}

async function ping(httpAddress: string): Promise<void> {
  const response = await fetch(new URL('/ping', httpAddress), { signal: AbortSignal.timeout(TIMEOUT_MS) });
  await response.body?.cancel();
  if (!response.ok) throw new Error(`nsqd /ping answered ${response.status}`);
}

function tcpConnect(address: string): Promise<void> {
  const index = address.lastIndexOf(':');
  return new Promise((resolve, reject) => {
    const socket = connect({ host: address.slice(0, index), port: Number(address.slice(index + 1)), timeout: TIMEOUT_MS });
    socket.once('connect', () => {
      socket.destroy();
      resolve();
    });
    socket.once('timeout', () => {
      socket.destroy();
      reject(new Error(`connecting to nsqd at ${address} timed out`));
    });
    socket.once('error', reject);
  });
}
