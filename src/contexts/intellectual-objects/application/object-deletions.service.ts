import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../../../config/app-config.js';
import { APP_CONFIG } from '../../../config/config.module.js';
import { DomainError, NotFoundError } from '../../../shared/errors/domain-error.js';
import { raise } from '../../../shared/errors/raise.js';
import { assertValid } from '../../../shared/errors/validation-failed.error.js';
import { nowTimestamp } from '../../../shared/time/timestamp.js';
import { newObjectDeletionEvent, PremisEventsFacade, validatePremisEvent } from '../../premis-events/index.js';
import { DEFAULT_BAGIT_PROFILE_IDENTIFIER, objectDeletionPreconditions } from '../domain/index.js';
import { IntellectualObjectRepository } from '../infrastructure/persistence/intellectual-object.repository.js';
import { ObjectDeletionFactsQuery, type InstitutionRow } from '../infrastructure/persistence/object-deletion-facts.query.js';
import type { IntellectualObjectRow } from './intellectual-object.record.js';

export interface DeletedObject {
  readonly object: IntellectualObjectRow;
  readonly institution: InstitutionRow | null;
}

/** The final, approved delete of an object Preserv has emptied (admin API): state D and a deletion event. */
@Injectable()
export class ObjectDeletionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly objects: IntellectualObjectRepository,
    private readonly facts: ObjectDeletionFactsQuery,
    private readonly events: PremisEventsFacade,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Checks the preconditions in the reference's order with the object row locked, then writes the
   * soft delete and the event in the same transaction.
   * Fix (reference quirk): the first failing statement rolls everything back; the reference could overwrite the error and commit half.
   */
  async deleteObject(objectId: number): Promise<DeletedObject> {
    return this.dataSource.transaction(async (manager) => {
      const object = (await this.objects.findById(objectId, manager, { lock: true })) ?? raise(new NotFoundError());
      const recordFacts = await this.facts.objectFacts(manager, objectId);
      const requestId = recordFacts.deletionWorkItem?.deletionRequestId ?? null;
      const request = requestId === null ? null : await this.facts.approvingRequest(manager, requestId);
      const now = nowTimestamp();
      const refusal = objectDeletionPreconditions(
        {
          ...recordFacts,
          object: { state: object.state, createdAt: object.created_at, storageOption: object.storage_option },
          deletionRequest: request,
        },
        this.config.retentionDays,
        now,
      );
      if (refusal) throw new DomainError('conflict', refusal);

      const event = newObjectDeletionEvent(
        { id: object.id, institutionId: object.institution_id },
        { requesterEmail: request?.requesterEmail ?? '', approverEmail: recordFacts.deletionWorkItem?.instApprover ?? '', newUuid: randomUUID, now },
      );
      assertValid(validatePremisEvent(event));
      const deleted = await this.objects.markDeleted(objectId, DEFAULT_BAGIT_PROFILE_IDENTIFIER, manager);
      await this.events.insertEvents(manager, [event]);
      const institution = deleted.institution_id === null ? null : await this.facts.institution(manager, deleted.institution_id);
      return { object: deleted, institution };
    });
  }
}
