import { Injectable } from '@nestjs/common';
import { DataSource, type WhereExpressionBuilder } from 'typeorm';
import type { InstitutionScope } from '../../../../shared/access/institution-scope.js';
import { runListQuery, type ListQuery, type Page } from '../../../../shared/listing/index.js';
import { scopeCondition, scopeParameter, whereInScope } from '../../../../shared/persistence/institution-scope.sql.js';
import { PreparedStatement } from '../../../../shared/persistence/prepared-statement.js';
import type { WorkItemViewRow } from '../../application/work-item.read-model.js';
import { workItemListSpec } from '../../application/work-item.list-spec.js';

const VIEW_BY_ID = new PreparedStatement<WorkItemViewRow>(
  'work_item_view_by_id',
  `SELECT wi.* FROM work_items_view wi WHERE wi.id = $1 AND ${scopeCondition('wi.institution_id', 2)}`,
);

/** Reads of `work_items_view`, always within an institution scope. */
@Injectable()
export class WorkItemReadQueries {
  constructor(private readonly dataSource: DataSource) {}

  list(scope: InstitutionScope, query: ListQuery): Promise<Page<WorkItemViewRow>> {
    return runListQuery<WorkItemViewRow>(this.view(), query, workItemListSpec, { scope: whereInScope('wi.institution_id', scope) });
  }

  /** The list narrowed to the work items with these ids (the Redis list); no ids, no rows. */
  listAmong(scope: InstitutionScope, query: ListQuery, ids: readonly number[]): Promise<Page<WorkItemViewRow>> {
    const inScope = whereInScope('wi.institution_id', scope);
    const restrict = (where: WhereExpressionBuilder) => {
      inScope(where);
      where.andWhere(ids.length === 0 ? 'false' : 'wi.id IN (:...among_ids)', { among_ids: ids });
    };
    return runListQuery<WorkItemViewRow>(this.view(), query, workItemListSpec, { scope: restrict });
  }

  async findView(scope: InstitutionScope, id: number): Promise<WorkItemViewRow | null> {
    return (await VIEW_BY_ID.first(this.dataSource, [id, scopeParameter(scope)])) ?? null;
  }

  private view() {
    return this.dataSource.createQueryBuilder().select('wi.*').from('work_items_view', 'wi');
  }
}
