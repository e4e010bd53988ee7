import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { InstitutionScope } from '../../../../shared/access/institution-scope.js';
import { runListQuery, type ListQuery, type Page } from '../../../../shared/listing/index.js';
import { whereInScope } from '../../../../shared/persistence/institution-scope.sql.js';
import type { InstitutionViewRow } from '../../application/institution.read-model.js';
import { institutionListSpec } from '../../application/institution.list-spec.js';

/** Reads of `institutions_view`; an institution's own id is its scope column. */
@Injectable()
export class InstitutionReadQueries {
  constructor(private readonly dataSource: DataSource) {}

  list(scope: InstitutionScope, query: ListQuery): Promise<Page<InstitutionViewRow>> {
    return runListQuery<InstitutionViewRow>(this.view(), query, institutionListSpec, { scope: whereInScope('iv.id', scope) });
  }

  async findView(scope: InstitutionScope, id: number): Promise<InstitutionViewRow | null> {
    const qb = this.view().where('iv.id = :id', { id });
    whereInScope('iv.id', scope)(qb);
    return (await qb.getRawOne<InstitutionViewRow>()) ?? null;
  }

  /** Sub-accounts (associates) of a member institution, by name. */
  async children(id: number): Promise<InstitutionViewRow[]> {
    return this.view().where('iv.parent_id = :id', { id }).orderBy('iv.name').getRawMany<InstitutionViewRow>();
  }

  /** Active users of the institution, for its page (the users table is read, never written, here). */
  activeUsers(id: number): Promise<{ id: number; name: string | null; email: string | null; role: string }[]> {
    return this.dataSource.query(`SELECT id, name, email, role FROM users WHERE institution_id = $1 AND deactivated_at IS NULL ORDER BY name, id`, [id]);
  }

  /** Member institutions a sub-account can belong to. */
  memberInstitutions(): Promise<{ id: number; name: string }[]> {
    return this.dataSource.query(`SELECT id, name FROM institutions WHERE type = 'MemberInstitution' AND state = 'A' ORDER BY name, id`);
  }

  private view() {
    return this.dataSource.createQueryBuilder().select('iv.*').from('institutions_view', 'iv');
  }
}
