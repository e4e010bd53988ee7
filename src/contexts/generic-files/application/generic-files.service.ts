import { Injectable } from '@nestjs/common';
import { AccessPolicy } from '../../../shared/access/access-policy.js';
import type { Actor } from '../../../shared/access/actor.js';
import { NotFoundError } from '../../../shared/errors/domain-error.js';
import { raise } from '../../../shared/errors/raise.js';
import { parseListQuery, type Page, type ParseListQueryOptions, type RawQuery } from '../../../shared/listing/index.js';
import { GenericFileReadQueries } from '../infrastructure/persistence/generic-file.read-queries.js';
import type { GenericFileViewRow, GenericFileWithRelations } from './generic-file.read-model.js';
import { genericFileListSpec } from './generic-file.list-spec.js';

@Injectable()
export class GenericFilesService {
  constructor(private readonly reads: GenericFileReadQueries) {}

  list(actor: Actor, rawQuery: RawQuery, options: ParseListQueryOptions = {}): Promise<Page<GenericFileViewRow>> {
    const query = parseListQuery(rawQuery, genericFileListSpec, options);
    return this.reads.list(AccessPolicy.scopeFor(actor), query);
  }

  /** The list narrowed to files whose identifier contains `text` or with a digest equal to it. */
  listMatching(actor: Actor, rawQuery: RawQuery, text: string, options: ParseListQueryOptions = {}): Promise<Page<GenericFileViewRow>> {
    const query = parseListQuery(rawQuery, genericFileListSpec, options);
    return this.reads.listMatching(AccessPolicy.scopeFor(actor), query, text);
  }

  /**
   * Full files with their relations (the admin list): one query for a page of ids with the list's
   * filters and sort, then one for the files with their relations, whatever the page size.
   */
  async listFull(actor: Actor, rawQuery: RawQuery): Promise<Page<GenericFileWithRelations>> {
    const query = parseListQuery(rawQuery, genericFileListSpec);
    const scope = AccessPolicy.scopeFor(actor);
    const page = await this.reads.listIds(scope, query);
    return { ...page, items: await this.reads.findFullFiles(scope, page.items.map((row) => row.id)) };
  }

  async getView(actor: Actor, id: number): Promise<GenericFileViewRow> {
    return (await this.reads.findView(AccessPolicy.scopeFor(actor), id)) ?? raise(new NotFoundError());
  }

  /** By id, or by identifier when the access guard left finding the file to the route. */
  async getWithRelations(actor: Actor, file: { readonly id: number; readonly identifier?: string }): Promise<GenericFileWithRelations> {
    const scope = AccessPolicy.scopeFor(actor);
    const [found] = file.identifier === undefined
      ? await this.reads.findFullFiles(scope, [file.id])
      : await this.reads.findFullFilesByIdentifier(scope, file.identifier);
    return found ?? raise(new NotFoundError());
  }
}
