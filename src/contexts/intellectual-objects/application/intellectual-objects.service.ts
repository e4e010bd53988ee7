import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccessPolicy } from '../../../shared/access/access-policy.js';
import type { Actor } from '../../../shared/access/actor.js';
import { NotFoundError } from '../../../shared/errors/domain-error.js';
import { raise } from '../../../shared/errors/raise.js';
import { parseListQuery, type Page, type ParseListQueryOptions, type RawQuery } from '../../../shared/listing/index.js';
import { isPending } from '../../work-items/index.js';
import { IntellectualObjectReadQueries } from '../infrastructure/persistence/intellectual-object.read-queries.js';
import { ObjectWorkQueries } from '../infrastructure/persistence/object-work.queries.js';
import type { IntellectualObjectViewRow, ObjectFormatStat } from './intellectual-object.read-model.js';
import { intellectualObjectListSpec } from './intellectual-object.list-spec.js';

/** What the object page shows besides its files and events. */
export interface IntellectualObjectDetail {
  readonly object: IntellectualObjectViewRow;
  readonly formatStats: readonly ObjectFormatStat[];
  /** Work on the object's bag that has not completed (workflows.md §0.3): restore and delete wait for it. */
  readonly hasPendingWork: boolean;
}

@Injectable()
export class IntellectualObjectsService {
  constructor(
    private readonly reads: IntellectualObjectReadQueries,
    private readonly dataSource: DataSource,
    private readonly work: ObjectWorkQueries,
  ) {}

  list(actor: Actor, rawQuery: RawQuery, options: ParseListQueryOptions = {}): Promise<Page<IntellectualObjectViewRow>> {
    const query = parseListQuery(rawQuery, intellectualObjectListSpec, options);
    return this.reads.list(AccessPolicy.scopeFor(actor), query);
  }

  async getView(actor: Actor, id: number): Promise<IntellectualObjectViewRow> {
    return (await this.reads.findView(AccessPolicy.scopeFor(actor), id)) ?? raise(new NotFoundError());
  }

  async getDetail(actor: Actor, id: number): Promise<IntellectualObjectDetail> {
    const object = await this.getView(actor, id);
    const [formatStats, statuses] = await Promise.all([
      this.reads.formatStats(id),
      object.institution_id === null ? Promise.resolve([]) : this.work.statusesOfBag(this.dataSource.manager, object.institution_id, object.bag_name ?? ''),
    ]);
    return { object, formatStats, hasPendingWork: statuses.some(isPending) };
  }
}
