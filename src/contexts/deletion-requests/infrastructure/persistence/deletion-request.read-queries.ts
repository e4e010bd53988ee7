import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { InstitutionScope } from '../../../../shared/access/institution-scope.js';
import { runListQuery, type ListQuery, type Page } from '../../../../shared/listing/index.js';
import { whereInScope } from '../../../../shared/persistence/institution-scope.sql.js';
import type { DeletionRequestViewRow } from '../../application/deletion-request.read-model.js';
import { deletionRequestListSpec } from '../../application/deletion-request.list-spec.js';

/** Reads of `deletion_requests_view`, always within an institution scope. */
@Injectable()
export class DeletionRequestReadQueries {
  constructor(private readonly dataSource: DataSource) {}

  list(scope: InstitutionScope, query: ListQuery): Promise<Page<DeletionRequestViewRow>> {
    return runListQuery<DeletionRequestViewRow>(this.view(), query, deletionRequestListSpec, { scope: whereInScope('dr.institution_id', scope) });
  }

  async findView(scope: InstitutionScope, id: number): Promise<DeletionRequestViewRow | null> {
    const qb = this.view().where('dr.id = :id', { id });
    whereInScope('dr.institution_id', scope)(qb);
    return (await qb.getRawOne<DeletionRequestViewRow>()) ?? null;
  }

  private view() {
    return this.dataSource.createQueryBuilder().select('dr.*').from('deletion_requests_view', 'dr');
  }
}
