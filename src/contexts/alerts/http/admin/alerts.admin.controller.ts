import { Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiExtraModels, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags, getSchemaPath,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../../../shared/access/actor.js';
import { Authorize } from '../../../../shared/access/authorize.decorator.js';
import { AuthorizedResource, CurrentActor } from '../../../../shared/access/current-actor.decorator.js';
import type { LocatedResource } from '../../../../shared/access/resource-ownership.js';
import { AdminApi } from '../../../../shared/http/admin-api.decorators.js';
import { ApiListResponse } from '../../../../shared/http/list-envelope.response.js';
import { rawQueryString, requestPath } from '../../../../shared/http/raw-query.js';
import { mapPage, toListEnvelope, type ListEnvelope } from '../../../../shared/listing/index.js';
import { AlertsService } from '../../application/alerts.service.js';
import { FailedFixityAlertsService } from '../../application/failed-fixity-alerts.service.js';
import { AlertViewResponse, toAlertViewResponse } from '../alert-view.response.js';
import { FailedFixitySummaryResponse, toFailedFixityRunEnvelope, type FailedFixityRunEnvelope } from '../failed-fixity-summary.response.js';
import { UserIdParamPipe } from '../user-id-param.pipe.js';

const FAILED_FIXITY_ENVELOPE = {
  type: 'object',
  properties: {
    count: { type: 'integer', format: 'int64', description: 'The total number of failed checks.' },
    next: { type: 'string', example: '' },
    previous: { type: 'string', example: '' },
    results: { type: 'array', items: { $ref: getSchemaPath(FailedFixitySummaryResponse) } },
    items: { type: 'array', description: 'The same array as results.', items: { $ref: getSchemaPath(FailedFixitySummaryResponse) } },
  },
};

@AdminApi()
@ApiTags('Alerts')
@ApiExtraModels(FailedFixitySummaryResponse)
@Controller('admin-api/v3/alerts')
export class AlertsAdminController {
  constructor(
    private readonly alerts: AlertsService,
    private readonly failedFixity: FailedFixityAlertsService,
  ) {}

  @Get()
  @Authorize('AlertRead', 'Alert')
  @ApiOperation({ summary: 'List alerts', description: 'Every recipient\'s copy of every alert. The same filters and sorts as the member API.' })
  @ApiListResponse(AlertViewResponse, 'One page of alerts')
  @ApiBadRequestResponse({ description: 'An unknown or malformed query parameter' })
  async list(@CurrentActor() actor: Actor, @Req() request: FastifyRequest): Promise<ListEnvelope<AlertViewResponse>> {
    const query = rawQueryString(request);
    return toListEnvelope(mapPage(await this.alerts.list(actor, query), toAlertViewResponse), requestPath(request), query);
  }

  @Get('show/:id/:user_id')
  @Authorize('AlertRead', 'Alert')
  @ApiOperation({ summary: 'Show an alert', description: 'Alert :id as sent to recipient :user_id.' })
  @ApiParam({ name: 'id', description: 'Alert id', schema: { type: 'integer', format: 'int64', minimum: 1 } })
  @ApiParam({ name: 'user_id', description: 'Recipient user id', schema: { type: 'integer', format: 'int64', minimum: 1 } })
  @ApiOkResponse({ type: AlertViewResponse })
  @ApiBadRequestResponse({ description: 'user_id is not an integer' })
  @ApiNotFoundResponse({ description: 'No such alert, or the alert was not sent to that user' })
  async show(@CurrentActor() actor: Actor, @AuthorizedResource() resource: LocatedResource, @Param('user_id', UserIdParamPipe) userId: number): Promise<AlertViewResponse> {
    return toAlertViewResponse(await this.alerts.getView(actor, resource.id, userId));
  }

  @Post('generate_failed_fixity_alerts')
  @Authorize('GenerateFailedFixityAlert', 'Alert')
  @ApiOperation({
    summary: 'Alert institutions of failed fixity checks',
    description: 'Counts the failed fixity checks since the last run per institution, alerts each institution\'s admins and APTrust staff. Runs once per UTC day.',
  })
  @ApiCreatedResponse({ description: 'At least one failure: alerts were made', schema: FAILED_FIXITY_ENVELOPE })
  @ApiOkResponse({ description: 'No failures since the last run', schema: FAILED_FIXITY_ENVELOPE })
  @ApiConflictResponse({ description: 'The alerts were already generated today (UTC)' })
  async generateFailedFixityAlerts(@Res({ passthrough: true }) reply: FastifyReply): Promise<FailedFixityRunEnvelope> {
    const run = await this.failedFixity.generate();
    void reply.status(run.totalFailures > 0 ? 201 : 200);
    return toFailedFixityRunEnvelope(run);
  }
}
