import { Injectable } from '@nestjs/common';
import { DataSource, type WhereExpressionBuilder } from 'typeorm';
import type { InstitutionScope } from '../../../../shared/access/institution-scope.js';
import { runListQuery, type ListQuery, type Page } from '../../../../shared/listing/index.js';
import { scopeCondition, scopeParameter, whereInScope } from '../../../../shared/persistence/institution-scope.sql.js';
import { PreparedStatement } from '../../../../shared/persistence/prepared-statement.js';
import type { WorkItemViewRow } from '../../application/work-item.read-model.js';
import { workItemListSpec } from '../../application/work-item.list-spec.js';

/** The columns of a WorkItemViewRow, named so that a column a later migration adds changes no prepared statement's result. */
const VIEW_COLUMNS = [
  'id', 'name', 'etag', 'institution_id', 'institution_name', 'institution_identifier', 'intellectual_object_id', 'object_identifier',
  'alt_identifier', 'bag_group_identifier', 'storage_option', 'bagit_profile_identifier', 'source_organization', 'internal_sender_identifier',
  'generic_file_id', 'generic_file_identifier', 'bucket', '"user"', 'note', 'action', 'stage', 'status', 'outcome', 'bag_date',
  'date_processed', 'retry', 'node', 'pid', 'needs_admin_review', 'queued_at', 'size', 'stage_started_at', 'aptrust_approver',
  'inst_approver', 'deletion_request_id', 'created_at', 'updated_at',
];

const VIEW_BY_ID = new PreparedStatement<WorkItemViewRow>(
  'work_item_view_by_id',
  `SELECT ${VIEW_COLUMNS.map((column) => `wi.${column}`).join(', ')} FROM work_items_view wi
    WHERE wi.id = $1 AND ${scopeCondition('wi.institution_id', 2)}`,
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
