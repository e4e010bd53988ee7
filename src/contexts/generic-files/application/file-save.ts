import { compareTimestamps } from '../../../shared/domain/timestamp-order.js';
import type { ValidationError } from '../../../shared/domain/validation.js';
import { validatePremisEvent, type NewPremisEvent, type PremisEventRow } from '../../premis-events/index.js';
import { validateChecksum } from '../domain/checksum.js';
import { bindEventToFile, bindToFile, isNewChild, type FileOwnership } from '../domain/file-children.rules.js';
import { applyStoredFileValuesOnUpdate } from '../domain/file-update.rules.js';
import type { StoredGenericFile } from '../domain/generic-file.js';
import { validateGenericFile } from '../domain/generic-file.validation.js';
import { validateStorageRecord } from '../domain/storage-record.js';
import type { ChecksumRow } from './checksum.read-model.js';
import type { GenericFileRow, GenericFileWithRelations } from './generic-file.read-model.js';
import type { ChecksumWrite, FileSubmission, GenericFileWrite, StorageRecordWrite, Submitted } from './generic-file.record.js';
import type { StorageRecordRow } from './storage-record.read-model.js';

/** A file body ready to write: its stored row when it updates one, and the children to insert with their body index. */
export interface PreparedFile {
  readonly stored: GenericFileRow | null;
  readonly file: GenericFileWrite;
  readonly checksums: readonly Indexed<ChecksumWrite>[];
  readonly storageRecords: readonly Indexed<StorageRecordWrite>[];
  readonly events: readonly Indexed<NewPremisEvent>[];
}

interface Indexed<T> {
  /** Position in the body's array, for error messages. */
  readonly index: number;
  readonly value: T;
}

/**
 * The children of a new file are validated before its id exists; any id ≥ 1 satisfies their file-id
 * rule, and they take the real id when they are inserted.
 */
const PENDING_FILE_ID = Number.MAX_SAFE_INTEGER;

export function toStoredGenericFile(row: GenericFileRow): StoredGenericFile {
  return {
    id: row.id,
    institutionId: row.institution_id,
    intellectualObjectId: row.intellectual_object_id,
    identifier: row.identifier,
    state: row.state,
    storageOption: row.storage_option,
    createdAt: row.created_at,
  };
}

/** Nested children with an id are skipped (never updated); an update takes the stored storage option (active file) and created_at. */
export function prepareFile(submission: FileSubmission, stored: GenericFileRow | null): PreparedFile {
  return {
    stored,
    file: stored ? applyStoredFileValuesOnUpdate(toStoredGenericFile(stored), submission.file) : submission.file,
    checksums: toInsert(submission.checksums),
    storageRecords: toInsert(submission.storageRecords),
    events: toInsert(submission.events),
  };
}

function toInsert<T>(children: readonly Submitted<T>[]): Indexed<T>[] {
  const result: Indexed<T>[] = [];
  children.forEach((child, index) => {
    if (isNewChild(child)) result.push({ index, value: child });
  });
  return result;
}

/**
 * Every validation error of the file and of the children it inserts, each field prefixed with
 * `path` and, for children, the array and index it came in (`premis_events[2].Outcome`). Nested
 * events get the file's owner ids first and follow the strict event rules.
 */
export function validatePreparedFile(prepared: PreparedFile, path = ''): ValidationError[] {
  const owner = ownerOf(prepared.stored?.id ?? PENDING_FILE_ID, prepared.file);
  return [
    ...prefixed(path, validateGenericFile(prepared.file)),
    ...prepared.checksums.flatMap(({ index, value }) => prefixed(`${path}checksums[${index}].`, validateChecksum(bindToFile(value, owner)))),
    ...prepared.storageRecords.flatMap(({ index, value }) =>
      prefixed(`${path}storage_records[${index}].`, validateStorageRecord(bindToFile(value, owner)))),
    ...prepared.events.flatMap(({ index, value }) => prefixed(`${path}premis_events[${index}].`, validatePremisEvent(bindEventToFile(value, owner)))),
  ];
}

export function prefixed(path: string, errors: readonly ValidationError[]): ValidationError[] {
  return path === '' ? [...errors] : errors.map((error) => ({ ...error, field: `${path}${error.field}`, jsonField: `${path}${error.jsonField}` }));
}

export const ownerOf = (id: number, file: Pick<GenericFileWrite, 'institutionId' | 'intellectualObjectId'>): FileOwnership => ({
  id,
  institutionId: file.institutionId,
  intellectualObjectId: file.intellectualObjectId,
});

/**
 * The saved files with the children just inserted, in the reference's relation order: events by
 * date_time (newest first), checksums by created_at (newest first), storage records by id.
 */
export function withInsertedChildren(
  files: readonly GenericFileRow[],
  checksums: readonly ChecksumRow[],
  storageRecords: readonly StorageRecordRow[],
  events: readonly PremisEventRow[],
): GenericFileWithRelations[] {
  const checksumsOf = groupByFile(checksums);
  const recordsOf = groupByFile(storageRecords);
  const eventsOf = groupByFile(events);
  return files.map((file) => ({
    ...file,
    premis_events: (eventsOf.get(file.id) ?? []).sort((a, b) => newestFirst(a.date_time, b.date_time) || b.id - a.id),
    checksums: (checksumsOf.get(file.id) ?? []).sort((a, b) => newestFirst(a.created_at, b.created_at) || b.id - a.id),
    storage_records: (recordsOf.get(file.id) ?? []).sort((a, b) => a.id - b.id),
  }));
}

const newestFirst = (a: string | null, b: string | null): number => (a === b ? 0 : a === null ? 1 : b === null ? -1 : compareTimestamps(b, a));

function groupByFile<T extends { readonly generic_file_id: number | null }>(rows: readonly T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    if (row.generic_file_id === null) continue;
    const group = groups.get(row.generic_file_id);
    if (group) group.push(row);
    else groups.set(row.generic_file_id, [row]);
  }
  return groups;
}
