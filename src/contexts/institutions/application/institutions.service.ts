import { Injectable } from '@nestjs/common';
import { AccessPolicy } from '../../../shared/access/access-policy.js';
import { isSysAdmin, type Actor } from '../../../shared/access/actor.js';
import { NotFoundError } from '../../../shared/errors/domain-error.js';
import { raise } from '../../../shared/errors/raise.js';
import { parseListQuery, type Page, type ParseListQueryOptions, type RawQuery } from '../../../shared/listing/index.js';
import { InstitutionReadQueries } from '../infrastructure/persistence/institution.read-queries.js';
import type { InstitutionViewRow } from './institution.read-model.js';
import { institutionListSpec } from './institution.list-spec.js';

@Injectable()
export class InstitutionsService {
  constructor(private readonly reads: InstitutionReadQueries) {}

  list(actor: Actor, rawQuery: RawQuery, options: ParseListQueryOptions = {}): Promise<Page<InstitutionViewRow>> {
    return this.reads.list(AccessPolicy.scopeFor(actor), parseListQuery(rawQuery, institutionListSpec, options));
  }

  /** Institutions to pick from in a filter form: every institution for sys admins, none for the others (their lists are scoped already). */
  async choicesFor(actor: Actor): Promise<{ value: number; label: string }[]> {
    if (!isSysAdmin(actor)) return [];
    const page = await this.list(actor, 'per_page=1000&sort=name__asc');
    return page.items.map((i) => ({ value: i.id, label: i.name ?? i.identifier ?? String(i.id) }));
  }

  async getView(actor: Actor, id: number): Promise<InstitutionViewRow> {
    return (await this.reads.findView(AccessPolicy.scopeFor(actor), id)) ?? raise(new NotFoundError());
  }

  /** The institution's page: the institution, its sub-accounts and its active users. */
  async getDetail(actor: Actor, id: number) {
    const institution = await this.getView(actor, id);
    const [children, users] = await Promise.all([this.reads.children(id), this.reads.activeUsers(id)]);
    return { institution, children, users };
  }

  memberInstitutions(): Promise<{ id: number; name: string }[]> {
    return this.reads.memberInstitutions();
  }
}
