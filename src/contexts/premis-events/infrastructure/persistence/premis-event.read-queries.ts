import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { InstitutionScope } from '../../../../shared/access/institution-scope.js';
import { runListQuery, type ListQuery, type Page } from '../../../../shared/listing/index.js';
import { whereInScope } from '../../../../shared/persistence/institution-scope.sql.js';
import type { PremisEventViewRow } from '../../application/premis-event.read-model.js';
import { premisEventListSpec } from '../../application/premis-event.list-spec.js';

/** Reads of `premis_events_view`, always within an institution scope. */
@Injectable()
export class PremisEventReadQueries {
  constructor(private readonly dataSource: DataSource) {}

  list(scope: InstitutionScope, query: ListQuery): Promise<Page<PremisEventViewRow>> {
    return runListQuery<PremisEventViewRow>(this.view(), query, premisEventListSpec, { scope: whereInScope('pe.institution_id', scope) });
  }

  async findView(scope: InstitutionScope, id: number): Promise<PremisEventViewRow | null> {
    const qb = this.view().where('pe.id = :id', { id });
    whereInScope('pe.institution_id', scope)(qb);
    return (await qb.getRawOne<PremisEventViewRow>()) ?? null;
  }

  private view() {
    return this.dataSource.createQueryBuilder().select('pe.*').from('premis_events_view', 'pe');
  }
}
