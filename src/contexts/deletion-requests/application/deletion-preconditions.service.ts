import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AppConfig } from '../../../config/app-config.js';
import { APP_CONFIG } from '../../../config/config.module.js';
import { DomainError, NotFoundError, NotSupportedError } from '../../../shared/errors/domain-error.js';
import { raise } from '../../../shared/errors/raise.js';
import { assertValid } from '../../../shared/errors/validation-failed.error.js';
import { nowTimestamp } from '../../../shared/time/timestamp.js';
import { PremisEventsFacade, validatePremisEvent } from '../../premis-events/index.js';
import { newDeletionItem, WorkItemsFacade, type WorkItemRow } from '../../work-items/index.js';
import { testRoutesAllowed } from '../domain/index.js';
import { DeletionPreconditionsWriter } from '../infrastructure/persistence/deletion-preconditions.writer.js';
import { DeletionRequestFactsQuery } from '../infrastructure/persistence/deletion-request-facts.query.js';
import { DeletionRequestRepository } from '../infrastructure/persistence/deletion-request.repository.js';
import { hashConfirmationToken, newConfirmationToken } from './confirmation-token.js';

const STATUS_STARTED = 'Started';

/**
 * The test-only routes Preserv's deletion tests call (workflows.md §10): they make a file or object
 * deletable at once, past every rule (retention, ingest event, a self-approved request, a Started
 * Delete item). They answer 405 unless testRoutesAllowed holds.
 */
@Injectable()
export class DeletionPreconditionsService {
  private databaseName: string | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly writer: DeletionPreconditionsWriter,
    private readonly facts: DeletionRequestFactsQuery,
    private readonly requests: DeletionRequestRepository,
    private readonly events: PremisEventsFacade,
    private readonly workItems: WorkItemsFacade,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async prepareObjectDelete(objectId: number): Promise<WorkItemRow> {
    await this.assertAllowed();
    return this.dataSource.transaction(async (manager) => {
      const [target] = await this.facts.targetObjects(manager, [objectId]);
      if (!target) throw new NotFoundError();
      await this.writer.backdateObject(manager, objectId);
      return this.fabricate(manager, target.object.id, null);
    });
  }

  async prepareFileDelete(fileId: number): Promise<WorkItemRow> {
    await this.assertAllowed();
    return this.dataSource.transaction(async (manager) => {
      const [file] = await this.facts.targetFiles(manager, [fileId]);
      if (!file) throw new NotFoundError();
      if (file.intellectualObjectId === null) throw new DomainError('conflict', `file ${fileId} belongs to no object`);
      await this.writer.backdateFile(manager, fileId);
      return this.fabricate(manager, file.intellectualObjectId, { id: file.id, size: file.size });
    });
  }

  private async fabricate(manager: EntityManager, objectId: number, file: { id: number; size: number | null } | null): Promise<WorkItemRow> {
    const [target] = await this.facts.targetObjects(manager, [objectId]);
    const object = target ?? raise(new NotFoundError(`the object of file ${file?.id} does not exist`));
    const institutionId = object.object.institutionId;
    const admin = (await this.writer.firstInstitutionalAdmin(manager, institutionId)) ?? raise(new DomainError('conflict', `institution ${institutionId} has no active institutional admin`));
    const now = nowTimestamp();

    if (await this.writer.needsIngestionEvent(manager, objectId)) {
      const event = {
        identifier: randomUUID(), eventType: 'ingestion', dateTime: now, outcome: 'Success', outcomeDetail: `${objectId}`,
        detail: 'Fabricated for a deletion test', outcomeInformation: 'Fabricated for a deletion test', object: 'Registry test route',
        agent: 'APTrust Registry', intellectualObjectId: objectId, genericFileId: null, institutionId,
      };
      assertValid(validatePremisEvent(event));
      await this.events.insertEvents(manager, [event]);
    }

    const request = await this.requests.insert(manager, { institutionId, requestedById: admin.id, encryptedToken: await hashConfirmationToken(newConfirmationToken()) });
    await this.requests.attach(manager, request.id, { objectIds: file ? [] : [objectId], fileIds: file ? [file.id] : [] });
    await this.requests.markConfirmed(manager, request.id, admin.id);

    const party = { email: admin.email ?? '', institutionId: admin.institutionId };
    const result = newDeletionItem({
      ...object,
      lastIngest: await this.workItems.lastSuccessfulIngest(manager, objectId),
      now,
      file,
      requester: party,
      approver: { ...party, role: admin.role },
      deletionRequestId: request.id,
    });
    if (!result.ok) throw new DomainError('conflict', result.error);
    return this.writer.insertWorkItem(manager, { ...result.item, status: STATUS_STARTED });
  }

  private async assertAllowed(): Promise<void> {
    const url = (this.dataSource.options as { url?: string }).url;
    this.databaseName ??= ((await this.dataSource.query('SELECT current_database() AS name')) as { name: string }[])[0].name;
    const allowed = testRoutesAllowed({
      environment: this.config.environment,
      enabled: this.config.testRoutes,
      databaseHost: url ? new URL(url).hostname : null,
      databaseName: this.databaseName,
    });
    if (!allowed) throw new NotSupportedError();
  }
}
