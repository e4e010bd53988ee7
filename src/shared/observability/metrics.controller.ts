import { Controller, Get, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../access/authorize.decorator.js';
import { RegistryMetrics } from './registry-metrics.js';

/** `GET /metrics`: Prometheus text format, without credentials (keep it off the public ingress). */
@ApiExcludeController()
@Public()
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: RegistryMetrics) {}

  @Get()
  async scrape(@Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const body = await this.metrics.render();
    reply.header('content-type', this.metrics.contentType);
    return body;
  }
}
