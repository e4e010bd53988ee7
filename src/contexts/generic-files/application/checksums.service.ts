import { Injectable } from '@nestjs/common';
import { AccessPolicy } from '../../../shared/access/access-policy.js';
import type { Actor } from '../../../shared/access/actor.js';
import { NotFoundError } from '../../../shared/errors/domain-error.js';
import { raise } from '../../../shared/errors/raise.js';
import { parseListQuery, type Page, type RawQuery } from '../../../shared/listing/index.js';
import { ChecksumReadQueries } from '../infrastructure/persistence/checksum.read-queries.js';
import type { ChecksumViewRow } from './checksum.read-model.js';
import { checksumListSpec } from './checksum.list-spec.js';

@Injectable()
export class ChecksumsService {
  constructor(private readonly reads: ChecksumReadQueries) {}

  list(actor: Actor, rawQuery: RawQuery): Promise<Page<ChecksumViewRow>> {
    const query = parseListQuery(rawQuery, checksumListSpec);
    return this.reads.list(AccessPolicy.scopeFor(actor), query);
  }

  async getView(actor: Actor, id: number): Promise<ChecksumViewRow> {
    return (await this.reads.findView(AccessPolicy.scopeFor(actor), id)) ?? raise(new NotFoundError());
  }
}
