import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { InstitutionScope } from '../../../../shared/access/institution-scope.js';
import { runListQuery, type ListQuery, type Page } from '../../../../shared/listing/index.js';
import { whereInScope } from '../../../../shared/persistence/institution-scope.sql.js';
import type { WorkItemViewRow } from '../../application/work-item.read-model.js';
import { workItemListSpec } from '../../application/work-item.list-spec.js';

/** Reads of `work_items_view`, always within an institution scope. */
@Injectable()
export class WorkItemReadQueries {
  constructor(private readonly dataSource: DataSource) {}

  list(scope: InstitutionScope, query: ListQuery): Promise<Page<WorkItemViewRow>> {
    return runListQuery<WorkItemViewRow>(this.view(), query, workItemListSpec, { scope: whereInScope('wi.institution_id', scope) });
  }

  async findView(scope: InstitutionScope, id: number): Promise<WorkItemViewRow | null> {
    const qb = this.view().where('wi.id = :id', { id });
    whereInScope('wi.institution_id', scope)(qb);
    return (await qb.getRawOne<WorkItemViewRow>()) ?? null;
  }

  private view() {
    return this.dataSource.createQueryBuilder().select('wi.*').from('work_items_view', 'wi');
  }
}
