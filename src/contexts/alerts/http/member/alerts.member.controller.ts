import { Controller, Get, Param, Req } from '@nestjs/common';
import { ApiBadRequestResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../../../shared/access/actor.js';
import { Authorize } from '../../../../shared/access/authorize.decorator.js';
import { AuthorizedResource, CurrentActor } from '../../../../shared/access/current-actor.decorator.js';
import type { LocatedResource } from '../../../../shared/access/resource-ownership.js';
import { ApiListResponse } from '../../../../shared/http/list-envelope.response.js';
import { MemberApi } from '../../../../shared/http/member-api.decorators.js';
import { rawQueryString, requestPath } from '../../../../shared/http/raw-query.js';
import { mapPage, toListEnvelope, type ListEnvelope } from '../../../../shared/listing/index.js';
import { AlertsService } from '../../application/alerts.service.js';
import { AlertViewResponse, toAlertViewResponse } from '../alert-view.response.js';
import { UserIdParamPipe } from '../user-id-param.pipe.js';

@MemberApi('Alerts')
@Controller('member-api/v3/alerts')
export class AlertsMemberController {
  constructor(private readonly alerts: AlertsService) {}

  @Get()
  @Authorize('AlertRead', 'Alert')
  @ApiOperation({
    summary: 'List alerts',
    description: 'One row per alert and recipient; non-admins see only the alerts sent to them. Filters: created_at__gteq/__lteq, institution_id, type, user_id. Default sort created_at__desc.',
  })
  @ApiListResponse(AlertViewResponse, 'One page of alerts')
  @ApiBadRequestResponse({ description: 'An unknown or malformed query parameter' })
  async list(@CurrentActor() actor: Actor, @Req() request: FastifyRequest): Promise<ListEnvelope<AlertViewResponse>> {
    const query = rawQueryString(request);
    const page = await this.alerts.list(actor, query);
    return toListEnvelope(mapPage(page, toAlertViewResponse), requestPath(request), query);
  }

  @Get('show/:id/:user_id')
  @Authorize('AlertRead', 'Alert')
  @ApiOperation({ summary: 'Show an alert', description: 'Alert :id as sent to recipient :user_id. Non-admins may read only their own copy.' })
  @ApiParam({ name: 'id', description: 'Alert id', schema: { type: 'integer', format: 'int64', minimum: 1 } })
  @ApiParam({ name: 'user_id', description: 'Recipient user id', schema: { type: 'integer', format: 'int64', minimum: 1 } })
  @ApiOkResponse({ type: AlertViewResponse })
  @ApiBadRequestResponse({ description: 'user_id is not an integer: {"StatusCode":400,"Error":"user_id must be an integer"}' })
  @ApiForbiddenResponse({ description: 'Another institution\'s alert: {"error":"Permission denied for …"}; another recipient\'s copy: {"StatusCode":403,"Error":"permission denied"}' })
  @ApiNotFoundResponse({ description: 'No such alert: {"error":"Not found: <path>"}; alert not sent to that user: {"StatusCode":404,"Error":"pg: no rows in result set"}' })
  async show(
    @CurrentActor() actor: Actor,
    @AuthorizedResource() resource: LocatedResource,
    @Param('user_id', UserIdParamPipe) userId: number,
  ): Promise<AlertViewResponse> {
    return toAlertViewResponse(await this.alerts.getView(actor, resource.id, userId));
  }
}
