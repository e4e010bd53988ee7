import { Body, Controller, Get, Post, Req } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../../../shared/access/actor.js';
import { Authorize } from '../../../../shared/access/authorize.decorator.js';
import { AuthorizedResource, CurrentActor } from '../../../../shared/access/current-actor.decorator.js';
import type { LocatedResource } from '../../../../shared/access/resource-ownership.js';
import { AdminApi } from '../../../../shared/http/admin-api.decorators.js';
import { ApiListResponse } from '../../../../shared/http/list-envelope.response.js';
import { ApiShowNotFound } from '../../../../shared/http/member-api.decorators.js';
import { rawQueryString, requestPath } from '../../../../shared/http/raw-query.js';
import { mapPage, toListEnvelope, type ListEnvelope } from '../../../../shared/listing/index.js';
import { PremisEventWritesService } from '../../application/premis-event-writes.service.js';
import { PremisEventsService } from '../../application/premis-events.service.js';
import { PremisEventViewResponse, toPremisEventViewResponse } from '../premis-event-view.response.js';
import { PremisEventResponse, toPremisEventResponse } from '../premis-event.response.js';
import { WireBodyPipe } from '../../../../shared/http/wire-schema.js';
import { premisEventBodySchema, PremisEventRequest, toNewPremisEvent, type PremisEventBody } from './premis-event.request.js';

@AdminApi()
@ApiTags('Premis Events')
@Controller('admin-api/v3/events')
export class PremisEventsAdminController {
  constructor(
    private readonly events: PremisEventsService,
    private readonly writes: PremisEventWritesService,
  ) {}

  @Get()
  @Authorize('EventRead', 'PremisEvent')
  @ApiOperation({ summary: 'List events', description: 'The same filters and sorts as the member API.' })
  @ApiListResponse(PremisEventViewResponse, 'One page of events')
  @ApiBadRequestResponse({ description: 'An unknown or malformed query parameter' })
  async list(@CurrentActor() actor: Actor, @Req() request: FastifyRequest): Promise<ListEnvelope<PremisEventViewResponse>> {
    const query = rawQueryString(request);
    return toListEnvelope(mapPage(await this.events.list(actor, query), toPremisEventViewResponse), requestPath(request), query);
  }

  @Get('show/*')
  @Authorize('EventRead', 'PremisEvent')
  @ApiOperation({ summary: 'Show an event', description: 'By numeric id or by identifier (the event UUID).' })
  @ApiParam({ name: '*', description: 'Event id or UUID' })
  @ApiOkResponse({ type: PremisEventViewResponse })
  @ApiShowNotFound()
  async show(@CurrentActor() actor: Actor, @AuthorizedResource() resource: LocatedResource): Promise<PremisEventViewResponse> {
    return toPremisEventViewResponse(await this.events.getView(actor, resource.id));
  }

  @Post('create')
  @Authorize('EventCreate', 'PremisEvent')
  @ApiOperation({
    summary: 'Record an event',
    description: 'Events are insert-only. Outcome Failed is accepted (fixity mismatches). A fixity check event also sets its ' +
      "file's last_fixity_check to the event's date_time, in the same transaction. The response echoes date_time as sent.",
  })
  @ApiBody({ type: PremisEventRequest })
  @ApiCreatedResponse({ type: PremisEventResponse })
  @ApiBadRequestResponse({ description: 'A malformed body or a validation failure' })
  @ApiNotFoundResponse({ description: 'A fixity check event for a file that does not exist; nothing is written' })
  @ApiResponse({ status: 405, description: 'The body has an id: {"StatusCode":405,"Error":"operation not supported"}' })
  async create(@Body(new WireBodyPipe(premisEventBodySchema)) body: PremisEventBody): Promise<PremisEventResponse> {
    const saved = await this.writes.create(body.id ?? 0, toNewPremisEvent(body));
    return toPremisEventResponse(saved, { dateTime: body.date_time });
  }
}
