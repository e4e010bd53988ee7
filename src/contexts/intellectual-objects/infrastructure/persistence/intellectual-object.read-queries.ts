import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { InstitutionScope } from '../../../../shared/access/institution-scope.js';
import { runListQuery, type ListQuery, type Page } from '../../../../shared/listing/index.js';
import { whereInScope } from '../../../../shared/persistence/institution-scope.sql.js';
import type { IntellectualObjectViewRow } from '../../application/intellectual-object.read-model.js';
import { intellectualObjectListSpec } from '../../application/intellectual-object.list-spec.js';

/** Reads of `intellectual_objects_view`, always within an institution scope. */
@Injectable()
export class IntellectualObjectReadQueries {
  constructor(private readonly dataSource: DataSource) {}

  list(scope: InstitutionScope, query: ListQuery): Promise<Page<IntellectualObjectViewRow>> {
    return runListQuery<IntellectualObjectViewRow>(this.view(), query, intellectualObjectListSpec, { scope: whereInScope('io.institution_id', scope) });
  }

  async findView(scope: InstitutionScope, id: number): Promise<IntellectualObjectViewRow | null> {
    const qb = this.view().where('io.id = :id', { id });
    whereInScope('io.institution_id', scope)(qb);
    return (await qb.getRawOne<IntellectualObjectViewRow>()) ?? null;
  }

  private view() {
    return this.dataSource.createQueryBuilder().select('io.*').from('intellectual_objects_view', 'io');
  }
}
