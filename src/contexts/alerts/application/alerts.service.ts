import { Injectable } from '@nestjs/common';
import { AccessPolicy } from '../../../shared/access/access-policy.js';
import { isSysAdmin, type Actor } from '../../../shared/access/actor.js';
import { DomainError, NotFoundError } from '../../../shared/errors/domain-error.js';
import { raise } from '../../../shared/errors/raise.js';
import { parseListQuery, type Page, type ParseListQueryOptions, type RawQuery } from '../../../shared/listing/index.js';
import { AlertReadQueries } from '../infrastructure/persistence/alert.read-queries.js';
import type { AlertViewRow } from './alert.read-model.js';
import { alertListSpec } from './alert.list-spec.js';

@Injectable()
export class AlertsService {
  constructor(private readonly reads: AlertReadQueries) {}

  /** Sys admins see every recipient's copy; everyone else only the alerts addressed to them (api.md §2.7). */
  list(actor: Actor, rawQuery: RawQuery, options: ParseListQueryOptions = {}): Promise<Page<AlertViewRow>> {
    const query = parseListQuery(rawQuery, alertListSpec, options);
    return this.reads.list(AccessPolicy.scopeFor(actor), recipientScopeFor(actor), query);
  }

  /** Alert `id` as delivered to `userId`; only sys admins may read another recipient's copy. */
  async getView(actor: Actor, id: number, userId: number): Promise<AlertViewRow> {
    if (!isSysAdmin(actor) && userId !== actor.userId) throw new DomainError('forbidden', 'permission denied');
    return (await this.reads.findView(AccessPolicy.scopeFor(actor), id, userId)) ?? raise(new NotFoundError());
  }
}

/** The recipient an actor's alert lists are restricted to, or null for all recipients. */
const recipientScopeFor = (actor: Actor): number | null => (isSysAdmin(actor) ? null : actor.userId);
