import { Controller, Get, Req } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiParam } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../../../shared/access/actor.js';
import { Authorize } from '../../../../shared/access/authorize.decorator.js';
import { AuthorizedResource, CurrentActor } from '../../../../shared/access/current-actor.decorator.js';
import type { LocatedResource } from '../../../../shared/access/resource-ownership.js';
import { ApiListResponse } from '../../../../shared/http/list-envelope.response.js';
import { ApiShowNotFound, MemberApi } from '../../../../shared/http/member-api.decorators.js';
import { rawQueryString, requestPath } from '../../../../shared/http/raw-query.js';
import { mapPage, toListEnvelope, type ListEnvelope } from '../../../../shared/listing/index.js';
import { PremisEventsService } from '../../application/premis-events.service.js';
import { PremisEventViewResponse, toPremisEventViewResponse } from '../premis-event-view.response.js';

@MemberApi('Premis Events')
@Controller('member-api/v3/events')
export class PremisEventsMemberController {
  constructor(private readonly events: PremisEventsService) {}

  @Get()
  @Authorize('EventRead', 'PremisEvent')
  @ApiOperation({ summary: 'List events', description: 'Filters: date_time__gteq/__lteq, event_type, generic_file_id, generic_file_id__is_null, generic_file_identifier, identifier, institution_id, intellectual_object_id, intellectual_object_identifier, outcome. Default sort date_time__desc.' })
  @ApiListResponse(PremisEventViewResponse, 'One page of events')
  @ApiBadRequestResponse({ description: 'An unknown or malformed query parameter' })
  async list(@CurrentActor() actor: Actor, @Req() request: FastifyRequest): Promise<ListEnvelope<PremisEventViewResponse>> {
    const query = rawQueryString(request);
    const page = await this.events.list(actor, query);
    return toListEnvelope(mapPage(page, toPremisEventViewResponse), requestPath(request), query);
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
}
