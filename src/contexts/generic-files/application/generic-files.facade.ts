import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { NotFoundError } from '../../../shared/errors/domain-error.js';
import { raise } from '../../../shared/errors/raise.js';
import type { EventFileEffects, FileWriteWithEvent, RecordedEventFacts } from '../../premis-events/index.js';
import { lastFixityCheckAfter } from '../domain/fixity.rules.js';
import { GenericFileRepository } from '../infrastructure/persistence/generic-file.repository.js';
import { StorageRecordRepository } from '../infrastructure/persistence/storage-record.repository.js';
import type { GenericFileRow } from './generic-file.read-model.js';

/**
 * What other contexts do to files, always in the caller's transaction. It is also the events
 * context's EventFileEffects: a recorded fixity check moves its file's `last_fixity_check`.
 */
@Injectable()
export class GenericFilesFacade implements EventFileEffects {
  constructor(
    private readonly files: GenericFileRepository,
    private readonly storageRecords: StorageRecordRepository,
  ) {}

  /** The file row, locked until the transaction ends (FOR UPDATE); null when there is none. */
  findFileForUpdate(manager: EntityManager, id: number): Promise<GenericFileRow | null> {
    return this.files.findById(manager, id, { lock: true });
  }

  /**
   * The soft delete of a file: state D, updated_at now, and its storage records hard-deleted. The
   * preconditions (fileDeletionPreconditions) and the deletion event are the caller's.
   */
  async markFileDeleted(manager: EntityManager, id: number): Promise<GenericFileRow> {
    const deleted = (await this.files.markDeleted(manager, id)) ?? raise(new NotFoundError());
    await this.storageRecords.deleteForFile(manager, id);
    return deleted;
  }

  /** A file-level fixity check sets the file's last_fixity_check to its date_time, whatever the outcome. */
  fileWriteFor(event: RecordedEventFacts): FileWriteWithEvent | null {
    const checkedAt = lastFixityCheckAfter(event);
    return checkedAt === null ? null : this.files.lastFixityCheckWrite(event.genericFileId!, checkedAt);
  }
}
