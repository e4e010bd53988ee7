import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { ShutdownState } from '../application/shutdown-state.js';

/**
 * Once shutdown begins, every response closes its connection. The server stops only when all its
 * connections have ended, and a keep-alive connection that finishes its in-flight request after
 * the close began would otherwise stay open until the client drops it.
 */
@Injectable()
export class ShutdownDrainHook implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly shutdown: ShutdownState,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify) return;
    fastify.addHook('onSend', async (_request, reply, payload) => {
      if (this.shutdown.shuttingDown) reply.header('connection', 'close');
      return payload;
    });
  }
}
