import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { InstitutionScope } from '../../../../shared/access/institution-scope.js';
import { runListQuery, type ListQuery, type Page } from '../../../../shared/listing/index.js';
import { whereInScope } from '../../../../shared/persistence/institution-scope.sql.js';
import type { InstitutionOption, UserViewRow } from '../../application/user.read-model.js';
import { userListSpec } from '../../application/user.list-spec.js';

/** Reads of `users_view` for the user pages, always within the caller's scope. */
@Injectable()
export class UserReadQueries {
  constructor(private readonly dataSource: DataSource) {}

  list(scope: InstitutionScope, query: ListQuery): Promise<Page<UserViewRow>> {
    return runListQuery<UserViewRow>(this.view(), query, userListSpec, { scope: whereInScope('uv.institution_id', scope) });
  }

  async findView(scope: InstitutionScope, id: number): Promise<UserViewRow | null> {
    const qb = this.view().where('uv.id = :id', { id });
    whereInScope('uv.institution_id', scope)(qb);
    return (await qb.getRawOne<UserViewRow>()) ?? null;
  }

  /** Active institutions a user can be assigned to, by name. */
  async institutionOptions(scope: InstitutionScope): Promise<InstitutionOption[]> {
    const qb = this.dataSource.createQueryBuilder().select(['i.id AS id', 'i.name AS name']).from('institutions', 'i').where(`i.state = 'A'`).orderBy('i.name').addOrderBy('i.id');
    whereInScope('i.id', scope)(qb);
    return qb.getRawMany<InstitutionOption>();
  }

  private view() {
    return this.dataSource.createQueryBuilder().select('uv.*').from('users_view', 'uv');
  }
}
