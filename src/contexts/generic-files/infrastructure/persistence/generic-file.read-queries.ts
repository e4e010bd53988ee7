import { Injectable } from '@nestjs/common';
import { DataSource, type WhereExpressionBuilder } from 'typeorm';
import type { InstitutionScope } from '../../../../shared/access/institution-scope.js';
import { runListQuery, type ListQuery, type Page } from '../../../../shared/listing/index.js';
import { whereInScope } from '../../../../shared/persistence/institution-scope.sql.js';
import type { ChecksumRow } from '../../application/checksum.read-model.js';
import { attachRelations } from '../../application/generic-file-relations.js';
import type {
  GenericFilePremisEventRow,
  GenericFileRow,
  GenericFileViewRow,
  GenericFileWithRelations,
} from '../../application/generic-file.read-model.js';
import { genericFileListSpec } from '../../application/generic-file.list-spec.js';
import type { StorageRecordRow } from '../../application/storage-record.read-model.js';

const FILE_COLUMNS = [
  'id', 'file_format', 'size', 'identifier', 'intellectual_object_id', 'created_at', 'updated_at', 'state', 'last_fixity_check',
  'institution_id', 'storage_option', 'uuid', 'mod_time',
] as const;

/**
 * Storage records have no timestamps, so they can travel as JSON inside the file row (node-postgres
 * parses json): a page of files then takes three queries, files, events and checksums.
 */
const STORAGE_RECORDS_JSON = `COALESCE((
  SELECT json_agg(json_build_object('id', sr.id, 'generic_file_id', sr.generic_file_id, 'url', sr.url) ORDER BY sr.id)
  FROM storage_records sr
  WHERE sr.generic_file_id = gf.id
), '[]'::json)`;

type FileRowWithStorageRecords = GenericFileRow & { readonly storage_records: readonly StorageRecordRow[] };

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
   * (created_at desc) and storage records, in three queries whatever the number of ids. Ids that do
   * not exist or lie outside the scope are left out.
   */
  async findFullFiles(scope: InstitutionScope, ids: readonly number[]): Promise<GenericFileWithRelations[]> {
    if (ids.length === 0) return [];
    const [files, events, checksums] = await Promise.all([this.files(scope, ids), this.events(scope, ids), this.checksums(scope, ids)]);
    return attachRelations(ids, files, events, checksums);
  }

  private files(scope: InstitutionScope, ids: readonly number[]): Promise<FileRowWithStorageRecords[]> {
    const qb = this.dataSource
      .createQueryBuilder()
      .select(FILE_COLUMNS.map((column) => `gf.${column} AS ${column}`).join(', '))
      .addSelect(STORAGE_RECORDS_JSON, 'storage_records')
      .from('generic_files', 'gf')
      .where('gf.id = ANY(:ids)', { ids });
    whereInScope('gf.institution_id', scope)(qb);
    return qb.getRawMany<FileRowWithStorageRecords>();
  }

  private events(scope: InstitutionScope, ids: readonly number[]): Promise<GenericFilePremisEventRow[]> {
    const qb = this.dataSource
      .createQueryBuilder()
      .select('pe.*')
      .from('premis_events', 'pe')
      .innerJoin('generic_files', 'gf', 'gf.id = pe.generic_file_id')
      .where('pe.generic_file_id = ANY(:ids)', { ids });
    whereInScope('gf.institution_id', scope)(qb);
    return qb.orderBy('pe.date_time', 'DESC').addOrderBy('pe.id', 'DESC').getRawMany<GenericFilePremisEventRow>();
  }

  private checksums(scope: InstitutionScope, ids: readonly number[]): Promise<ChecksumRow[]> {
    const qb = this.dataSource
      .createQueryBuilder()
      .select('cs.*')
      .from('checksums', 'cs')
      .innerJoin('generic_files', 'gf', 'gf.id = cs.generic_file_id')
      .where('cs.generic_file_id = ANY(:ids)', { ids });
    whereInScope('gf.institution_id', scope)(qb);
    return qb.orderBy('cs.created_at', 'DESC').addOrderBy('cs.id', 'DESC').getRawMany<ChecksumRow>();
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
