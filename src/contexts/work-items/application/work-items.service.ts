import { Injectable } from '@nestjs/common';
import { AccessPolicy } from '../../../shared/access/access-policy.js';
import type { Actor } from '../../../shared/access/actor.js';
import { NotFoundError } from '../../../shared/errors/domain-error.js';
import { raise } from '../../../shared/errors/raise.js';
import { parseListQuery, type Page, type ParseListQueryOptions, type RawQuery } from '../../../shared/listing/index.js';
import { WorkItemReadQueries } from '../infrastructure/persistence/work-item.read-queries.js';
import type { WorkItemViewRow } from './work-item.read-model.js';
import { workItemListSpec } from './work-item.list-spec.js';

@Injectable()
export class WorkItemsService {
  constructor(private readonly reads: WorkItemReadQueries) {}

  list(actor: Actor, rawQuery: RawQuery, options: ParseListQueryOptions = {}): Promise<Page<WorkItemViewRow>> {
    const query = parseListQuery(rawQuery, workItemListSpec, options);
    return this.reads.list(AccessPolicy.scopeFor(actor), query);
  }

  async getView(actor: Actor, id: number): Promise<WorkItemViewRow> {
    return (await this.reads.findView(AccessPolicy.scopeFor(actor), id)) ?? raise(new NotFoundError());
  }
}
