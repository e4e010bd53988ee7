import { Injectable } from '@nestjs/common';
import { AccessPolicy } from '../../../shared/access/access-policy.js';
import type { Actor } from '../../../shared/access/actor.js';
import { NotFoundError } from '../../../shared/errors/domain-error.js';
import { raise } from '../../../shared/errors/raise.js';
import { parseListQuery, type Page, type RawQuery } from '../../../shared/listing/index.js';
import { IntellectualObjectReadQueries } from '../infrastructure/persistence/intellectual-object.read-queries.js';
import type { IntellectualObjectViewRow } from './intellectual-object.read-model.js';
import { intellectualObjectListSpec } from './intellectual-object.list-spec.js';

@Injectable()
export class IntellectualObjectsService {
  constructor(private readonly reads: IntellectualObjectReadQueries) {}

  list(actor: Actor, rawQuery: RawQuery): Promise<Page<IntellectualObjectViewRow>> {
    const query = parseListQuery(rawQuery, intellectualObjectListSpec);
    return this.reads.list(AccessPolicy.scopeFor(actor), query);
  }

  async getView(actor: Actor, id: number): Promise<IntellectualObjectViewRow> {
    return (await this.reads.findView(AccessPolicy.scopeFor(actor), id)) ?? raise(new NotFoundError());
  }
}
