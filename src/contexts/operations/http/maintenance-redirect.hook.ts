import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import type { AppConfig } from '../../../config/app-config.js';
import { APP_CONFIG } from '../../../config/config.module.js';
import { maintenanceRedirect } from '../domain/maintenance.js';

/** In maintenance mode, redirects (302) every request but a few to /maintenance, before authentication runs. */
@Injectable()
export class MaintenanceRedirectHook implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify || !this.config.maintenanceMode) return;
    fastify.addHook('onRequest', async (request, reply) => {
      const target = maintenanceRedirect(request.url);
      if (target !== undefined) return reply.redirect(target, 302);
    });
  }
}
