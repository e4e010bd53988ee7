import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { Public } from '../../../shared/access/authorize.decorator.js';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';

/** `GET /health`: 200 while PostgreSQL answers, 503 with the reason while it does not. */
@ApiExcludeController()
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  async health(@Res({ passthrough: true }) reply: FastifyReply): Promise<{ status: 'ok' } | { status: 'unavailable'; reason: string }> {
    try {
      await this.dataSource.query('SELECT 1');
      return { status: 'ok' };
    } catch (error) {
      reply.status(HttpStatus.SERVICE_UNAVAILABLE);
      return { status: 'unavailable', reason: `database unreachable: ${error instanceof Error ? error.message : String(error)}` };
    }
  }
}
