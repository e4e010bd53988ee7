import { Injectable } from '@nestjs/common';
import { DataSource, type WhereExpressionBuilder } from 'typeorm';
import type { InstitutionScope } from '../../../../shared/access/institution-scope.js';
import { runListQuery, type ListQuery, type Page } from '../../../../shared/listing/index.js';
import { whereInScope } from '../../../../shared/persistence/institution-scope.sql.js';
import type { AlertViewRow } from '../../application/alert.read-model.js';
import { alertListSpec } from '../../application/alert.list-spec.js';

/** Reads of `alerts_view`, always within an institution scope. */
@Injectable()
export class AlertReadQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** `recipientId` (when not null) restricts the list to that recipient's rows. */
  list(scope: InstitutionScope, recipientId: number | null, query: ListQuery): Promise<Page<AlertViewRow>> {
    const restrict = (where: WhereExpressionBuilder) => {
      whereInScope('av.institution_id', scope)(where);
      if (recipientId !== null) where.andWhere('av.user_id = :recipient_id', { recipient_id: recipientId });
    };
    return runListQuery<AlertViewRow>(this.view(), query, alertListSpec, { scope: restrict });
  }

  async findView(scope: InstitutionScope, id: number, userId: number): Promise<AlertViewRow | null> {
    const qb = this.view().where('av.id = :id', { id }).andWhere('av.user_id = CAST(:user_id AS bigint)', { user_id: userId });
    whereInScope('av.institution_id', scope)(qb);
    return (await qb.getRawOne<AlertViewRow>()) ?? null;
  }

  private view() {
    return this.dataSource.createQueryBuilder().select('av.*').from('alerts_view', 'av');
  }
}
