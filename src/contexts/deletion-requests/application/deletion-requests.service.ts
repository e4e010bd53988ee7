import { Injectable } from '@nestjs/common';
import { AccessPolicy } from '../../../shared/access/access-policy.js';
import type { Actor } from '../../../shared/access/actor.js';
import { NotFoundError } from '../../../shared/errors/domain-error.js';
import { raise } from '../../../shared/errors/raise.js';
import { parseListQuery, type Page, type RawQuery } from '../../../shared/listing/index.js';
import { DeletionRequestReadQueries } from '../infrastructure/persistence/deletion-request.read-queries.js';
import type { DeletionRequestViewRow } from './deletion-request.read-model.js';
import { deletionRequestListSpec } from './deletion-request.list-spec.js';

@Injectable()
export class DeletionRequestsService {
  constructor(private readonly reads: DeletionRequestReadQueries) {}

  list(actor: Actor, rawQuery: RawQuery): Promise<Page<DeletionRequestViewRow>> {
    const query = parseListQuery(rawQuery, deletionRequestListSpec);
    return this.reads.list(AccessPolicy.scopeFor(actor), query);
  }

  async getView(actor: Actor, id: number): Promise<DeletionRequestViewRow> {
    return (await this.reads.findView(AccessPolicy.scopeFor(actor), id)) ?? raise(new NotFoundError());
  }
}
