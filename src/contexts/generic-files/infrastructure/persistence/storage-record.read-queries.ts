import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { InstitutionScope } from '../../../../shared/access/institution-scope.js';
import { runListQuery, type ListQuery, type Page } from '../../../../shared/listing/index.js';
import { whereInScope } from '../../../../shared/persistence/institution-scope.sql.js';
import { storageRecordListSpec } from '../../application/storage-record.list-spec.js';
import type { StorageRecordRow } from '../../application/storage-record.read-model.js';

/** Reads of `storage_records`, within an institution scope (the institution of the record's file). */
@Injectable()
export class StorageRecordReadQueries {
  constructor(private readonly dataSource: DataSource) {}

  list(scope: InstitutionScope, query: ListQuery): Promise<Page<StorageRecordRow>> {
    return runListQuery<StorageRecordRow>(this.records(scope), query, storageRecordListSpec, { scope: whereInScope('gf.institution_id', scope) });
  }

  async findById(scope: InstitutionScope, id: number): Promise<StorageRecordRow | null> {
    const qb = this.records(scope).where('sr.id = :id', { id });
    whereInScope('gf.institution_id', scope)(qb);
    return (await qb.getRawOne<StorageRecordRow>()) ?? null;
  }

  /** The file is joined only for a one-institution scope: sys admins read the table alone. */
  private records(scope: InstitutionScope) {
    const qb = this.dataSource.createQueryBuilder().select(['sr.id AS id', 'sr.generic_file_id AS generic_file_id', 'sr.url AS url']).from('storage_records', 'sr');
    return scope.kind === 'all' ? qb : qb.innerJoin('generic_files', 'gf', 'gf.id = sr.generic_file_id');
  }
}
