import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ALL_INSTITUTIONS } from '../../../shared/access/institution-scope.js';
import { fieldRef, violation, type ValidationError } from '../../../shared/domain/validation.js';
import { DomainError, NotFoundError } from '../../../shared/errors/domain-error.js';
import { raise } from '../../../shared/errors/raise.js';
import { assertValid } from '../../../shared/errors/validation-failed.error.js';
import { PremisEventsFacade } from '../../premis-events/index.js';
import { bindEventToFile, bindToFile, isNewChild } from '../domain/file-children.rules.js';
import { fileCreateViolation, fileUpdateViolation } from '../domain/file-update.rules.js';
import { ChecksumRepository } from '../infrastructure/persistence/checksum.repository.js';
import { GenericFileReadQueries } from '../infrastructure/persistence/generic-file.read-queries.js';
import { GenericFileRepository } from '../infrastructure/persistence/generic-file.repository.js';
import { StorageRecordRepository } from '../infrastructure/persistence/storage-record.repository.js';
import { uniqueViolationOf } from '../infrastructure/persistence/unique-violation.js';
import { ownerOf, prefixed, prepareFile, toStoredGenericFile, validatePreparedFile, withInsertedChildren, type PreparedFile } from './file-save.js';
import type { GenericFileRow, GenericFileWithRelations } from './generic-file.read-model.js';
import type { FileSubmission } from './generic-file.record.js';

export const BATCH_INSTITUTION_MISMATCH = 'GenericFile.InstitutionID must match request institution ID';

/**
 * Creates and updates files, with the checksums, storage records and events nested in them, for the
 * admin API (sys admins; the access guard has checked that). Each call is atomic: one transaction, or one statement.
 */
@Injectable()
export class GenericFileWritesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly files: GenericFileRepository,
    private readonly checksums: ChecksumRepository,
    private readonly storageRecords: StorageRecordRepository,
    private readonly events: PremisEventsFacade,
    private readonly reads: GenericFileReadQueries,
  ) {}

  async create(urlInstitutionId: number, submission: FileSubmission): Promise<GenericFileWithRelations> {
    const mismatch = fileCreateViolation(urlInstitutionId, idsOf(submission));
    if (mismatch) throw new DomainError('invalid', mismatch);
    const prepared = prepareFile(submission, null);
    assertValid(validatePreparedFile(prepared));
    const [saved] = await this.dataSource.transaction((manager) => this.write(manager, [prepared], ''));
    return saved;
  }

  /**
   * All or nothing. Every file must name the URL's institution. Files with id 0 are inserted (one
   * statement per table for the whole batch); a file with an id updates that file under the rules of
   * a single update. Errors name the file by its index in the array (`files[3].UUID: …`).
   */
  async createBatch(urlInstitutionId: number, submissions: readonly FileSubmission[]): Promise<GenericFileWithRelations[]> {
    assertValid(submissions.flatMap((submission, i) => batchInstitutionErrors(urlInstitutionId, submission, i)));
    const updatedIds = submissions.filter((s) => s.id > 0).map((s) => s.id);
    const saved = await this.dataSource.transaction(async (manager) => {
      const stored = new Map((await this.files.findByIdsForUpdate(manager, updatedIds)).map((row) => [row.id, row]));
      const prepared = submissions.map((submission, i) => {
        if (submission.id <= 0) return prepareFile(submission, null);
        const row = stored.get(submission.id) ?? raise(new DomainError('not_found', `files[${i}]: GenericFile ${submission.id} does not exist`));
        const mismatch = fileUpdateViolation(submission.id, toStoredGenericFile(row), idsOf(submission));
        if (mismatch) throw new DomainError('invalid', `files[${i}]: ${mismatch}`);
        return prepareFile(submission, row);
      });
      assertValid(prepared.flatMap((file, i) => validatePreparedFile(file, `files[${i}].`)));
      return this.write(manager, prepared, 'files');
    });
    return updatedIds.length === 0 ? saved : this.withAllRelations(saved, new Set(updatedIds));
  }

  /** A full-record update; nested children with id 0 are inserted. Answers the file with all its relations. */
  async update(id: number, submission: FileSubmission): Promise<GenericFileWithRelations> {
    return (await this.updateAlone(id, submission)) ?? (await this.updateLocked(id, submission));
  }

  /**
   * An update that inserts no children needs no transaction: it is checked against the row as read
   * and applied by one statement, which also answers the file with its relations, only if the row is
   * still that version. Null when it has children to insert or the row changed in between; the
   * caller then updates under the row lock.
   */
  private async updateAlone(id: number, submission: FileSubmission): Promise<GenericFileWithRelations | null> {
    if ([...submission.checksums, ...submission.storageRecords, ...submission.events].some(isNewChild)) return null;
    const manager = this.dataSource.manager;
    const stored = (await this.files.findVersioned(manager, id)) ?? raise(new NotFoundError());
    const prepared = this.prepareUpdate(id, submission, stored.row);
    try {
      return await this.files.updateVersion(manager, id, stored.version, prepared.file);
    } catch (error) {
      throw conflictNamingTheBody(error, [prepared], '');
    }
  }

  private async updateLocked(id: number, submission: FileSubmission): Promise<GenericFileWithRelations> {
    await this.dataSource.transaction(async (manager) => {
      const stored = (await this.files.findById(manager, id, { lock: true })) ?? raise(new NotFoundError());
      await this.write(manager, [this.prepareUpdate(id, submission, stored)], '');
    });
    const [file] = await this.reads.findFullFiles(ALL_INSTITUTIONS, [id]);
    return file ?? raise(new NotFoundError());
  }

  private prepareUpdate(id: number, submission: FileSubmission, stored: GenericFileRow): PreparedFile {
    const mismatch = fileUpdateViolation(id, toStoredGenericFile(stored), idsOf(submission));
    if (mismatch) throw new DomainError('invalid', mismatch);
    const prepared = prepareFile(submission, stored);
    assertValid(validatePreparedFile(prepared));
    return prepared;
  }

  /**
   * Updates the stored files one by one, inserts the new ones in one statement, then each kind of
   * child in one statement for all files. `batchPath` names the files in conflict messages.
   */
  private async write(manager: EntityManager, prepared: readonly PreparedFile[], batchPath: 'files' | ''): Promise<GenericFileWithRelations[]> {
    try {
      const rows: GenericFileRow[] = [];
      for (const file of prepared) if (file.stored) rows.push(await this.files.update(manager, file.stored.id, file.file));
      const inserted = await this.files.insertMany(manager, prepared.filter((file) => !file.stored).map((file) => file.file));
      let next = 0;
      const saved = prepared.map((file) => (file.stored ? rows.find((row) => row.id === file.stored!.id)! : inserted[next++]));
      const owners = saved.map((row) => ownerOf(row.id, { institutionId: row.institution_id, intellectualObjectId: row.intellectual_object_id }));
      const checksums = await this.checksums.insertMany(manager, prepared.flatMap((file, i) => file.checksums.map((c) => bindToFile(c.value, owners[i]))));
      const records = await this.storageRecords.insertMany(manager, prepared.flatMap((file, i) => file.storageRecords.map((s) => bindToFile(s.value, owners[i]))));
      const events = await this.events.insertEvents(manager, prepared.flatMap((file, i) => file.events.map((e) => bindEventToFile(e.value, owners[i]))));
      return withInsertedChildren(saved, checksums, records, events);
    } catch (error) {
      throw conflictNamingTheBody(error, prepared, batchPath);
    }
  }

  /** Files that were updated answer with every relation they have, not only the children this save added. */
  private async withAllRelations(saved: GenericFileWithRelations[], updatedIds: ReadonlySet<number>): Promise<GenericFileWithRelations[]> {
    const current = new Map((await this.reads.findFullFiles(ALL_INSTITUTIONS, [...updatedIds])).map((file) => [file.id, file]));
    return saved.map((file) => current.get(file.id) ?? file);
  }
}

const idsOf = (submission: FileSubmission) => ({ id: submission.id, institutionId: submission.file.institutionId });

const INSTITUTION_ID = fieldRef('InstitutionID', 'institution_id');

function batchInstitutionErrors(urlInstitutionId: number, submission: FileSubmission, index: number): ValidationError[] {
  if (submission.file.institutionId === urlInstitutionId) return [];
  return prefixed(`files[${index}].`, [violation(INSTITUTION_ID, BATCH_INSTITUTION_MISMATCH)]);
}

/**
 * A duplicate file identifier or uuid, or event identifier, answers 409 naming the body that holds
 * it (`files[3].premis_events[0]: identifier has already been taken`); other errors pass unchanged.
 */
function conflictNamingTheBody(error: unknown, prepared: readonly PreparedFile[], batchPath: 'files' | ''): unknown {
  const duplicate = uniqueViolationOf(error);
  if (!duplicate) return error;
  const filePath = (i: number) => (batchPath ? `${batchPath}[${i}]` : '');
  const join = (...parts: string[]) => parts.filter(Boolean).join('.');
  let where: string | undefined;
  if (duplicate.constraint.startsWith('index_generic_files_on_')) {
    const i = prepared.findIndex((file) => String(duplicate.column === 'uuid' ? file.file.uuid : file.file.identifier) === duplicate.value);
    if (i >= 0) where = filePath(i);
  } else if (duplicate.constraint === 'index_premis_events_on_identifier') {
    prepared.some((file, i) => {
      const event = file.events.find((e) => e.value.identifier === duplicate.value);
      if (event) where = join(filePath(i), `premis_events[${event.index}]`);
      return event !== undefined;
    });
  }
  if (where === undefined) return error;
  return new DomainError('conflict', `${where ? `${where}: ` : ''}${duplicate.column} has already been taken`);
}
