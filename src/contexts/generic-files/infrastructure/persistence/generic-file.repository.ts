import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PreparedStatement } from '../../../../shared/persistence/prepared-statement.js';
import { STATE_DELETED } from '../../../../shared/domain/object-state.js';
import { toPgTimestamp, type Timestamp } from '../../../../shared/time/timestamp.js';
import type { FileWriteWithEvent } from '../../../premis-events/index.js';
import type { GenericFileRow, GenericFileWithRelations } from '../../application/generic-file.read-model.js';
import type { GenericFileWrite } from '../../application/generic-file.record.js';
import { fileWithRelationsSelect, toFileWithRelations } from './generic-file-with-relations.sql.js';
import { GENERIC_FILE_ROW } from './generic-file.columns.js';
import { NOW_UTC, pgTimestampParam } from '../../../../shared/persistence/sql-time.js';

/** The column default of `last_fixity_check`, for rows inserted without one ("never checked"). */
const NEVER_CHECKED = `'2000-01-01 00:00:00'::timestamp`;

const FIND_BY_ID = new PreparedStatement<GenericFileRow>('generic_file_by_id', `SELECT ${GENERIC_FILE_ROW} FROM generic_files WHERE id = $1`);
const LOCK_BY_ID = new PreparedStatement<GenericFileRow>('generic_file_lock_by_id', `SELECT ${GENERIC_FILE_ROW} FROM generic_files WHERE id = $1 FOR UPDATE`);
const FIND_VERSIONED = new PreparedStatement<GenericFileRow & { readonly row_version: string }>(
  'generic_file_versioned_by_id',
  `SELECT ${GENERIC_FILE_ROW}, xmin::text AS row_version FROM generic_files WHERE id = $1`,
);
/** `$12`, when not null, is the row version (xmin) the update was prepared from: any other version is left alone. */
const UPDATE_SQL = `UPDATE generic_files SET file_format = $2, size = $3, identifier = $4, intellectual_object_id = $5, state = $6, institution_id = $7,
     storage_option = $8, uuid = $9, last_fixity_check = COALESCE($10::timestamp, last_fixity_check), mod_time = $11, updated_at = ${NOW_UTC}
   WHERE id = $1 AND ($12::text IS NULL OR xmin::text = $12) RETURNING ${GENERIC_FILE_ROW}`;
const UPDATE = new PreparedStatement<GenericFileRow>('generic_file_update', UPDATE_SQL);
/** The same update, answering the file as written with its relations. */
const UPDATE_WITH_RELATIONS = new PreparedStatement<GenericFileWithRelations>(
  'generic_file_update_with_relations',
  `WITH gf AS (${UPDATE_SQL}) ${fileWithRelationsSelect('gf')}`,
);
const SET_LAST_FIXITY_CHECK = `UPDATE generic_files SET last_fixity_check = $2, updated_at = ${NOW_UTC} WHERE id = $1 RETURNING id`;

const updateParameters = (id: number, file: GenericFileWrite, version: string | null): unknown[] => [
  id, file.fileFormat, file.size, file.identifier, file.intellectualObjectId, file.state, file.institutionId, file.storageOption, file.uuid,
  pgTimestampParam(file.lastFixityCheck), pgTimestampParam(file.modTime), version,
];

/** Writes of the `generic_files` table, always in the caller's transaction. */
@Injectable()
export class GenericFileRepository {
  async findById(manager: EntityManager, id: number, options: { lock?: boolean } = {}): Promise<GenericFileRow | null> {
    return (await (options.lock ? LOCK_BY_ID : FIND_BY_ID).first(manager, [id])) ?? null;
  }

  /** The row and its version (xmin), which changes with every write of the row. */
  async findVersioned(manager: EntityManager, id: number): Promise<{ row: GenericFileRow; version: string } | null> {
    const found = await FIND_VERSIONED.first(manager, [id]);
    if (!found) return null;
    const { row_version: version, ...row } = found;
    return { row, version };
  }

  /** Locks in id order, so that two writers locking overlapping sets cannot deadlock. */
  async findByIdsForUpdate(manager: EntityManager, ids: readonly number[]): Promise<GenericFileRow[]> {
    if (ids.length === 0) return [];
    return manager.query(`SELECT * FROM generic_files WHERE id = ANY($1::int4[]) ORDER BY id FOR UPDATE`, [ids]);
  }

  /**
   * One statement however many files (one array per column, turned back into rows by `unnest`). The
   * rows come back in the order of `files`.
   */
  async insertMany(manager: EntityManager, files: readonly GenericFileWrite[]): Promise<GenericFileRow[]> {
    if (files.length === 0) return [];
    const rows: GenericFileRow[] = await manager.query(
      `INSERT INTO generic_files (file_format, size, identifier, intellectual_object_id, state, institution_id, storage_option, uuid,
         last_fixity_check, mod_time, created_at, updated_at)
       SELECT f.file_format, f.size, f.identifier, f.intellectual_object_id, f.state, f.institution_id, f.storage_option, f.uuid,
         COALESCE(f.last_fixity_check, ${NEVER_CHECKED}), f.mod_time, COALESCE(f.created_at, ${NOW_UTC}), ${NOW_UTC}
       FROM unnest($1::varchar[], $2::int8[], $3::varchar[], $4::int4[], $5::varchar[], $6::int4[], $7::varchar[], $8::varchar[],
         $9::timestamp[], $10::timestamp[], $11::timestamp[])
         WITH ORDINALITY AS f(file_format, size, identifier, intellectual_object_id, state, institution_id, storage_option, uuid,
           last_fixity_check, mod_time, created_at, ord)
       ORDER BY f.ord
       RETURNING *`,
      [
        files.map((f) => f.fileFormat),
        files.map((f) => f.size),
        files.map((f) => f.identifier),
        files.map((f) => f.intellectualObjectId),
        files.map((f) => f.state),
        files.map((f) => f.institutionId),
        files.map((f) => f.storageOption),
        files.map((f) => f.uuid),
        files.map((f) => pgTimestampParam(f.lastFixityCheck)),
        files.map((f) => pgTimestampParam(f.modTime)),
        files.map((f) => pgTimestampParam(f.createdAt)),
      ],
    );
    // The ids come from the sequence in the order the rows were inserted, which is the order of `files`.
    return rows.sort((a, b) => a.id - b.id);
  }

  /** Overwrites the record (a full-record update); `created_at` stays, a null `last_fixity_check` keeps the stored one. */
  async update(manager: EntityManager, id: number, file: GenericFileWrite): Promise<GenericFileRow> {
    return (await UPDATE.rows(manager, updateParameters(id, file, null)))[0]!;
  }

  /**
   * The same overwrite, only while the row is still at `version`, answering the file as written with
   * its relations, in one statement; null when the row is at another version or gone.
   */
  async updateVersion(manager: EntityManager, id: number, version: string, file: GenericFileWrite): Promise<GenericFileWithRelations | null> {
    const [row] = await UPDATE_WITH_RELATIONS.rows(manager, updateParameters(id, file, version));
    return row ? toFileWithRelations(row) : null;
  }

  /** The update of a file's last_fixity_check, for the statement that records the fixity check event. */
  lastFixityCheckWrite(id: number, checkedAt: Timestamp): FileWriteWithEvent {
    return { name: 'generic_file_last_fixity_check', sql: SET_LAST_FIXITY_CHECK, params: [id, toPgTimestamp(checkedAt)] };
  }

  /** The soft delete: state D and a new updated_at. Null when there is no such file. */
  async markDeleted(manager: EntityManager, id: number): Promise<GenericFileRow | null> {
    const [rows] = await manager.query(`UPDATE generic_files SET state = $2, updated_at = ${NOW_UTC} WHERE id = $1 RETURNING *`, [id, STATE_DELETED]);
    return rows[0] ?? null;
  }
}
