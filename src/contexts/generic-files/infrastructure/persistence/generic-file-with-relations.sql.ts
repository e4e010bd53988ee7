import { fromPgTimestamp } from '../../../../shared/time/timestamp.js';
import type { GenericFileWithRelations } from '../../application/generic-file.read-model.js';
import { GENERIC_FILE_COLUMNS } from './generic-file.columns.js';

/** A file's relation rows as one JSON array in the file's row, in the order given. */
const relationJson = (table: string, alias: string, order: string) =>
  `COALESCE((SELECT json_agg(${alias} ORDER BY ${order}) FROM ${table} ${alias} WHERE ${alias}.generic_file_id = gf.id), '[]'::json)`;

/**
 * Files with their storage records, events (date_time desc) and checksums (created_at desc), one
 * row per file. `source` is a FROM item aliased `gf` with the columns of generic_files: the table,
 * or the rows an UPDATE … RETURNING has just written.
 */
export const fileWithRelationsSelect = (source: string): string =>
  `SELECT ${GENERIC_FILE_COLUMNS.map((column) => `gf.${column}`).join(', ')},
          ${relationJson('storage_records', 'sr', 'sr.id')} AS storage_records,
          ${relationJson('premis_events', 'pe', 'pe.date_time DESC, pe.id DESC')} AS premis_events,
          ${relationJson('checksums', 'cs', 'cs.created_at DESC, cs.id DESC')} AS checksums
     FROM ${source}`;

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

/** A row of fileWithRelationsSelect as the read model. */
export const toFileWithRelations = (row: GenericFileWithRelations): GenericFileWithRelations => ({
  ...row,
  premis_events: row.premis_events.map((event) => withCanonicalTimestamps(event, EVENT_TIMESTAMPS)),
  checksums: row.checksums.map((checksum) => withCanonicalTimestamps(checksum, CHECKSUM_TIMESTAMPS)),
});
