import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { Public } from '../../../shared/access/authorize.decorator.js';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { HealthCheckResult } from '@nestjs/terminus';
import { ProbesService } from '../application/probes.service.js';

/**
 * `GET /health`: 200 while PostgreSQL answers, 503 with the reason while it does not.
 * `GET /health/live` and `GET /health/ready`: the orchestrator's probes, in Terminus's format.
 */
@ApiExcludeController()
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly probes: ProbesService) {}

  @Get()
  async health(@Res({ passthrough: true }) reply: FastifyReply): Promise<{ status: 'ok' } | { status: 'unavailable'; reason: string }> {
    const problem = await this.probes.databaseProblem();
    if (problem === null) return { status: 'ok' };
    reply.status(HttpStatus.SERVICE_UNAVAILABLE);
    return { status: 'unavailable', reason: `database unreachable: ${problem}` };
  }

  @Get('live')
  async live(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthCheckResult> {
    const outcome = await this.probes.live();
    reply.status(outcome.httpStatus);
    return outcome.body;
  }

  @Get('ready')
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthCheckResult> {
    const outcome = await this.probes.ready();
    reply.status(outcome.httpStatus);
    return outcome.body;
  }
}
