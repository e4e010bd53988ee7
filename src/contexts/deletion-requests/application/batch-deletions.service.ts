import { Inject, Injectable, Logger, ServiceUnavailableException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../../../config/app-config.js';
import { APP_CONFIG } from '../../../config/config.module.js';
import type { Actor } from '../../../shared/access/actor.js';
import { isUuid } from '../../../shared/domain/validation.js';
import { DomainError } from '../../../shared/errors/domain-error.js';
import { isPending } from '../../work-items/index.js';
import { PENDING_WORK_ITEMS_MESSAGE } from '../../../shared/domain/pending-work.js';
import { BATCH_KEY_MISSING_MESSAGE, batchDeletionRefusal } from '../domain/index.js';
import { DeletionRequestFactsQuery } from '../infrastructure/persistence/deletion-request-facts.query.js';
import type { DeletionRequestDetail } from './deletion-request.record.js';
import { DeletionRequestsService } from './deletion-requests.service.js';

/** Batch deletion is switched off: BATCH_DELETION_KEY is not set. 503, because it is the server's state, not the request's fault. */
export class BatchDeletionUnavailableError extends ServiceUnavailableException {}

export interface BatchDeletionInput {
  readonly institutionId: number;
  readonly requestorId: number;
  readonly objectIds: readonly number[];
  readonly secretKey: string;
}

/** APTrust's batch deletion of objects on a depositor's behalf (admin API): one request an institutional admin must approve. */
@Injectable()
export class BatchDeletionsService {
  private readonly logger = new Logger(BatchDeletionsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly facts: DeletionRequestFactsQuery,
    private readonly deletionRequests: DeletionRequestsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Checked before the body is read, as the reference does. */
  assertEnabled(): void {
    if (!isUuid(this.config.batchDeletionKey)) throw new BatchDeletionUnavailableError(BATCH_KEY_MISSING_MESSAGE);
  }

  /**
   * Checks the key, the requestor, the objects and their pending work in the reference's order,
   * then creates the request and its "Deletion Requested" alert, all in one transaction.
   */
  async requestBatchDeletion(actor: Actor, input: BatchDeletionInput, clientAddress: string): Promise<DeletionRequestDetail> {
    this.assertEnabled();
    // A dangerous operation: always on record, whatever its outcome.
    this.logger.warn(`Batch deletion request from ${actor.email} (${clientAddress}): requestor ${input.requestorId}, institution ${input.institutionId}, ${input.objectIds.length} objects`);
    return this.dataSource.transaction(async (manager) => {
      const refusal = batchDeletionRefusal({
        configuredKey: this.config.batchDeletionKey,
        suppliedKey: input.secretKey,
        institutionId: input.institutionId,
        requestor: await this.facts.user(manager, input.requestorId),
        requestedObjectCount: input.objectIds.length,
        deletableObjectCount: await this.facts.deletableObjectCount(manager, input.institutionId, input.objectIds),
        pendingWorkItemCount: (await this.facts.workStatusesOfObjects(manager, input.objectIds)).filter(isPending).length,
      });
      if (refusal) throw new DomainError(refusal === PENDING_WORK_ITEMS_MESSAGE ? 'conflict' : 'invalid', refusal);
      const { request } = await this.deletionRequests.create(manager, {
        institutionId: input.institutionId,
        requestedById: input.requestorId,
        objectIds: input.objectIds,
        fileIds: [],
      });
      return this.deletionRequests.getDetail(request.id, manager);
    });
  }
}
