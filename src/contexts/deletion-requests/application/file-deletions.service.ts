import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../../../config/app-config.js';
import { APP_CONFIG } from '../../../config/config.module.js';
import { DomainError, NotFoundError } from '../../../shared/errors/domain-error.js';
import { raise } from '../../../shared/errors/raise.js';
import { assertValid } from '../../../shared/errors/validation-failed.error.js';
import { nowTimestamp } from '../../../shared/time/timestamp.js';
import { fileDeletionPreconditions, GenericFilesFacade, type GenericFileRow } from '../../generic-files/index.js';
import { newFileDeletionEvent, PremisEventsFacade, validatePremisEvent } from '../../premis-events/index.js';
import { FileDeletionFactsQuery } from '../infrastructure/persistence/file-deletion-facts.query.js';

/** The final, approved delete of a file whose copies Preserv has removed (admin API). */
@Injectable()
export class FileDeletionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly files: GenericFilesFacade,
    private readonly facts: FileDeletionFactsQuery,
    private readonly events: PremisEventsFacade,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Checks the preconditions with the file row locked, then marks it deleted, records the deletion
   * event and hard-deletes its storage records, all in one transaction.
   * Fix (reference quirk): the first failing statement rolls everything back.
   */
  async deleteFile(fileId: number): Promise<GenericFileRow> {
    return this.dataSource.transaction(async (manager) => {
      const file = (await this.files.findFileForUpdate(manager, fileId)) ?? raise(new NotFoundError());
      const item = await this.facts.deletionWorkItem(manager, file.id, file.intellectual_object_id);
      const request = item?.deletionRequestId == null ? null : await this.facts.approvingRequest(manager, item.deletionRequestId);
      const now = nowTimestamp();
      const refusal = fileDeletionPreconditions(
        {
          file: { state: file.state, createdAt: file.created_at, storageOption: file.storage_option },
          deletionWorkItem: item,
          deletionRequest: request,
        },
        this.config.retentionDays,
        now,
      );
      if (refusal) throw new DomainError('conflict', refusal);

      const event = newFileDeletionEvent(
        { id: file.id, institutionId: file.institution_id, intellectualObjectId: file.intellectual_object_id },
        { requesterEmail: request?.requesterEmail ?? '', approverEmail: item?.instApprover ?? '', newUuid: randomUUID, now },
      );
      assertValid(validatePremisEvent(event));
      const deleted = await this.files.markFileDeleted(manager, file.id);
      await this.events.insertEvents(manager, [event]);
      return deleted;
    });
  }
}
