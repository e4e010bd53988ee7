import { Injectable } from '@nestjs/common';
import { DataSource, type WhereExpressionBuilder } from 'typeorm';
import type { InstitutionScope } from '../../../../shared/access/institution-scope.js';
import { runListQuery, type ListQuery, type Page } from '../../../../shared/listing/index.js';
import { scopeCondition, scopeParameter, whereInScope } from '../../../../shared/persistence/institution-scope.sql.js';
import { PreparedStatement } from '../../../../shared/persistence/prepared-statement.js';
import type { GenericFileViewRow, GenericFileWithRelations } from '../../application/generic-file.read-model.js';
import { genericFileListSpec } from '../../application/generic-file.list-spec.js';
import { fileWithRelationsSelect, toFileWithRelations } from './generic-file-with-relations.sql.js';

const FULL_FILES_BY_IDS = new PreparedStatement<GenericFileWithRelations>(
  'generic_files_with_relations_by_ids',
  `${fileWithRelationsSelect('generic_files gf')} WHERE gf.id = ANY($1::int8[]) AND ${scopeCondition('gf.institution_id', 2)}`,
);
const FULL_FILE_BY_IDENTIFIER = new PreparedStatement<GenericFileWithRelations>(
  'generic_file_with_relations_by_identifier',
  `${fileWithRelationsSelect('generic_files gf')} WHERE gf.identifier = $1 AND ${scopeCondition('gf.institution_id', 2)}`,
);

/** Reads of `generic_files_view` and of full files with their relations, always within an institution scope. */
@Injectable()
export class GenericFileReadQueries {
  constructor(private readonly dataSource: DataSource) {}

  list(scope: InstitutionScope, query: ListQuery): Promise<Page<GenericFileViewRow>> {
    return runListQuery<GenericFileViewRow>(this.view(), query, genericFileListSpec, { scope: whereInScope('gf.institution_id', scope) });
  }

  /**
   * The list narrowed to files whose identifier contains `text` or one of whose digests equals it
   * (the object page's file filter).
   */
  listMatching(scope: InstitutionScope, query: ListQuery, text: string): Promise<Page<GenericFileViewRow>> {
    const inScope = whereInScope('gf.institution_id', scope);
    const restrict = (where: WhereExpressionBuilder) => {
      inScope(where);
      where.andWhere(
        `(gf.identifier ILIKE :file_text_pattern ESCAPE '\\' OR :file_text IN (gf.md5, gf.sha1, gf.sha256, gf.sha512))`,
        { file_text_pattern: `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`, file_text: text },
      );
    };
    return runListQuery<GenericFileViewRow>(this.view(), query, genericFileListSpec, { scope: restrict });
  }

  /** One page of the ids of the matching files, in list order (the admin list expands them with findFullFiles). */
  listIds(scope: InstitutionScope, query: ListQuery): Promise<Page<{ readonly id: number }>> {
    const ids = this.dataSource.createQueryBuilder().select('gf.id', 'id').from('generic_files_view', 'gf');
    return runListQuery<{ id: number }>(ids, query, genericFileListSpec, { scope: whereInScope('gf.institution_id', scope) });
  }

  /**
   * The files with these ids, in the order given, with their events (date_time desc), checksums
   * (created_at desc) and storage records, in one query whatever the number of ids. Ids that do
   * not exist or lie outside the scope are left out.
   */
  async findFullFiles(scope: InstitutionScope, ids: readonly number[]): Promise<GenericFileWithRelations[]> {
    if (ids.length === 0) return [];
    const rows = await FULL_FILES_BY_IDS.rows(this.dataSource, [ids, scopeParameter(scope)]);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return [...new Set(ids)].flatMap((id) => {
      const row = byId.get(id);
      return row ? [toFileWithRelations(row)] : [];
    });
  }

  /** The file with this identifier and its relations, as findFullFiles reads them; none when it does not exist or lies outside the scope. */
  async findFullFilesByIdentifier(scope: InstitutionScope, identifier: string): Promise<GenericFileWithRelations[]> {
    return (await FULL_FILE_BY_IDENTIFIER.rows(this.dataSource, [identifier, scopeParameter(scope)])).map(toFileWithRelations);
  }

  async findView(scope: InstitutionScope, id: number): Promise<GenericFileViewRow | null> {
    const qb = this.view().where('gf.id = :id', { id });
    whereInScope('gf.institution_id', scope)(qb);
    return (await qb.getRawOne<GenericFileViewRow>()) ?? null;
  }

  private view() {
    return this.dataSource.createQueryBuilder().select('gf.*').from('generic_files_view', 'gf');
  }
}
