import { Injectable } from '@nestjs/common';
import { AccessPolicy } from '../../../shared/access/access-policy.js';
import type { Actor } from '../../../shared/access/actor.js';
import { NotFoundError } from '../../../shared/errors/domain-error.js';
import { raise } from '../../../shared/errors/raise.js';
import { parseListQuery, type Page, type ParseListQueryOptions, type RawQuery } from '../../../shared/listing/index.js';
import { StorageRecordReadQueries } from '../infrastructure/persistence/storage-record.read-queries.js';
import { storageRecordListSpec } from './storage-record.list-spec.js';
import type { StorageRecordRow } from './storage-record.read-model.js';

@Injectable()
export class StorageRecordsService {
  constructor(private readonly reads: StorageRecordReadQueries) {}

  list(actor: Actor, rawQuery: RawQuery, options: ParseListQueryOptions = {}): Promise<Page<StorageRecordRow>> {
    return this.reads.list(AccessPolicy.scopeFor(actor), parseListQuery(rawQuery, storageRecordListSpec, options));
  }

  async get(actor: Actor, id: number): Promise<StorageRecordRow> {
    return (await this.reads.findById(AccessPolicy.scopeFor(actor), id)) ?? raise(new NotFoundError());
  }
}
