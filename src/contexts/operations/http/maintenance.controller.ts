import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AppConfig } from '../../../config/app-config.js';
import { APP_CONFIG } from '../../../config/config.module.js';
import { Public } from '../../../shared/access/authorize.decorator.js';
import { maintenanceStatus, type MaintenanceStatusBody } from '../domain/maintenance.js';

/** `GET /maintenance` (api.md §0.3): JSON with `format=json`, otherwise a page; 503 in maintenance mode, 200 otherwise. */
@ApiExcludeController()
@Public()
@Controller('maintenance')
export class MaintenanceController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get()
  status(@Query('format') format: string | string[] | undefined, @Res({ passthrough: true }) reply: FastifyReply): MaintenanceStatusBody | string {
    const { httpStatus, body } = maintenanceStatus(this.config.maintenanceMode);
    reply.status(httpStatus);
    if ((Array.isArray(format) ? format[0] : format) === 'json') return body;
    reply.header('content-type', 'text/html; charset=utf-8');
    return maintenancePage(this.config.maintenanceMode);
  }
}

function maintenancePage(maintenanceMode: boolean): string {
  // The reference's page, word for word.
  const [title, text] = maintenanceMode
    ? ['System Maintenance', 'The APTrust Registry is undergoing system maintenance. Ingests, restorations and deletions are temporarily paused and will resume when maintenance is complete. If you have questions, please contact us at help@aptrust.org.']
    : ['Normal Operation Mode', 'The APTrust Registry is operating as expected. Thanks for checking!'];
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Registry - ${title}</title></head>` +
    `<body><main><h1>${title}</h1><p>${text}</p></main></body></html>`;
}
