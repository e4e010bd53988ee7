import { Injectable } from '@nestjs/common';
import { AccessPolicy } from '../../../shared/access/access-policy.js';
import type { Actor } from '../../../shared/access/actor.js';
import { NotFoundError } from '../../../shared/errors/domain-error.js';
import { raise } from '../../../shared/errors/raise.js';
import { parseListQuery, toQueryParams, type Page, type ParseListQueryOptions, type RawQuery } from '../../../shared/listing/index.js';
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

  /**
   * The work items among `ids`, all on one page, newest processed first unless the query sorts
   * otherwise; the query's filters apply (unknown parameters are ignored, as on the web list).
   */
  listAmong(actor: Actor, rawQuery: RawQuery, ids: readonly number[]): Promise<Page<WorkItemViewRow>> {
    const params = new URLSearchParams(toQueryParams(rawQuery).map(([key, value]): [string, string] => [key, value]));
    params.delete('page');
    params.set('per_page', String(Math.max(ids.length, 1)));
    if (!params.has('sort')) params.set('sort', 'date_processed__desc');
    const query = parseListQuery(params, workItemListSpec, { unknownParameters: 'ignore' });
    return this.reads.listAmong(AccessPolicy.scopeFor(actor), query, ids);
  }

  async getView(actor: Actor, id: number): Promise<WorkItemViewRow> {
    return (await this.reads.findView(AccessPolicy.scopeFor(actor), id)) ?? raise(new NotFoundError());
  }
}
