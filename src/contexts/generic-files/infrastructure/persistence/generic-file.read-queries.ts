import { Injectable } from '@nestjs/common';
import { DataSource, type WhereExpressionBuilder } from 'typeorm';
import type { InstitutionScope } from '../../../../shared/access/institution-scope.js';
import { runListQuery, type ListQuery, type Page } from '../../../../shared/listing/index.js';
import { scopeCondition, scopeParameter, whereInScope } from '../../../../shared/persistence/institution-scope.sql.js';
import { PreparedStatement } from '../../../../shared/persistence/prepared-statement.js';
import { fromPgTimestamp } from '../../../../shared/time/timestamp.js';
import type { GenericFileViewRow, GenericFileWithRelations } from '../../application/generic-file.read-model.js';
import { genericFileListSpec } from '../../application/generic-file.list-spec.js';
import { GENERIC_FILE_COLUMNS } from './generic-file.columns.js';


/** A file's relation rows as one JSON array in the file's row, in the order given. */
const relationJson = (table: string, alias: string, order: string) =>
  `COALESCE((SELECT json_agg(${alias} ORDER BY ${order}) FROM ${table} ${alias} WHERE ${alias}.generic_file_id = gf.id), '[]'::json)`;

const FULL_FILES_BY_IDS = new PreparedStatement<GenericFileWithRelations>(
  'generic_files_with_relations_by_ids',
  `SELECT ${GENERIC_FILE_COLUMNS.map((column) => `gf.${column}`).join(', ')},
          ${relationJson('storage_records', 'sr', 'sr.id')} AS storage_records,
          ${relationJson('premis_events', 'pe', 'pe.date_time DESC, pe.id DESC')} AS premis_events,
          ${relationJson('checksums', 'cs', 'cs.created_at DESC, cs.id DESC')} AS checksums
     FROM generic_files gf WHERE gf.id = ANY($1::int8[]) AND ${scopeCondition('gf.institution_id', 2)}`,
);

const EVENT_TIMESTAMPS = ['date_time', 'created_at', 'updated_at'] as const;
const CHECKSUM_TIMESTAMPS = ['datetime', 'created_at', 'updated_at'] as const;

/** JSON carries timestamps as PostgreSQL writes them there (`2016-08-26T18:53:32.654321`); read models carry them canonical. */
function withCanonicalTimestamps<T extends object>(row: T, fields: readonly string[]): T {
  const copy = { ...row } as Record<string, unknown>;
  for (const field of fields) {
    const value = copy[field];
    if (typeof value === 'string') copy[field] = fromPgTimestamp(value);
  }
  return copy as T;
}

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
      if (!row) return [];
      return [{
        ...row,
        premis_events: row.premis_events.map((event) => withCanonicalTimestamps(event, EVENT_TIMESTAMPS)),
        checksums: row.checksums.map((checksum) => withCanonicalTimestamps(checksum, CHECKSUM_TIMESTAMPS)),
      }];
    });
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
