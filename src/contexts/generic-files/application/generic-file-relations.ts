import type { ChecksumRow } from './checksum.read-model.js';
import type { GenericFilePremisEventRow, GenericFileRow, GenericFileWithRelations } from './generic-file.read-model.js';
import type { StorageRecordRow } from './storage-record.read-model.js';

/**
 * Joins files read in one query with their events and checksums read in one query each. Files come
 * back in the order of `ids` (ids that were not found are left out); each file's relations keep the
 * order the relation rows arrived in.
 */
export function attachRelations(
  ids: readonly number[],
  files: readonly (GenericFileRow & { readonly storage_records: readonly StorageRecordRow[] })[],
  events: readonly GenericFilePremisEventRow[],
  checksums: readonly ChecksumRow[],
): GenericFileWithRelations[] {
  const filesById = new Map(files.map((file) => [file.id, file]));
  const eventsByFile = groupByFileId(events);
  const checksumsByFile = groupByFileId(checksums);
  const seen = new Set<number>();
  const result: GenericFileWithRelations[] = [];
  for (const id of ids) {
    const file = filesById.get(id);
    if (!file || seen.has(id)) continue;
    seen.add(id);
    result.push({ ...file, premis_events: eventsByFile.get(id) ?? [], checksums: checksumsByFile.get(id) ?? [] });
  }
  return result;
}

function groupByFileId<T extends { readonly generic_file_id: number | null }>(rows: readonly T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    if (row.generic_file_id === null) continue;
    const group = groups.get(row.generic_file_id);
    if (group) group.push(row);
    else groups.set(row.generic_file_id, [row]);
  }
  return groups;
}
