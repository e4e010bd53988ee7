import { Injectable } from '@nestjs/common';
import { AccessPolicy } from '../../../shared/access/access-policy.js';
import type { Actor } from '../../../shared/access/actor.js';
import { NotFoundError } from '../../../shared/errors/domain-error.js';
import { raise } from '../../../shared/errors/raise.js';
import { parseListQuery, type Page, type ParseListQueryOptions, type RawQuery } from '../../../shared/listing/index.js';
import { PremisEventReadQueries } from '../infrastructure/persistence/premis-event.read-queries.js';
import type { PremisEventViewRow } from './premis-event.read-model.js';
import { premisEventListSpec } from './premis-event.list-spec.js';

@Injectable()
export class PremisEventsService {
  constructor(private readonly reads: PremisEventReadQueries) {}

  list(actor: Actor, rawQuery: RawQuery, options: ParseListQueryOptions = {}): Promise<Page<PremisEventViewRow>> {
    const query = parseListQuery(rawQuery, premisEventListSpec, options);
    return this.reads.list(AccessPolicy.scopeFor(actor), query);
  }

  async getView(actor: Actor, id: number): Promise<PremisEventViewRow> {
    return (await this.reads.findView(AccessPolicy.scopeFor(actor), id)) ?? raise(new NotFoundError());
  }
}
