import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { InstitutionScope } from '../../../../shared/access/institution-scope.js';
import { runListQuery, type ListQuery, type Page } from '../../../../shared/listing/index.js';
import { whereInScope } from '../../../../shared/persistence/institution-scope.sql.js';
import type { ChecksumViewRow } from '../../application/checksum.read-model.js';
import { checksumListSpec } from '../../application/checksum.list-spec.js';

/** Reads of `checksums_view`, always within an institution scope (the institution of the checksum's file). */
@Injectable()
export class ChecksumReadQueries {
  constructor(private readonly dataSource: DataSource) {}

  list(scope: InstitutionScope, query: ListQuery): Promise<Page<ChecksumViewRow>> {
    return runListQuery<ChecksumViewRow>(this.view(), query, checksumListSpec, { scope: whereInScope('cs.institution_id', scope) });
  }

  async findView(scope: InstitutionScope, id: number): Promise<ChecksumViewRow | null> {
    const qb = this.view().where('cs.id = :id', { id });
    whereInScope('cs.institution_id', scope)(qb);
    return (await qb.getRawOne<ChecksumViewRow>()) ?? null;
  }

  private view() {
    return this.dataSource.createQueryBuilder().select('cs.*').from('checksums_view', 'cs');
  }
}
