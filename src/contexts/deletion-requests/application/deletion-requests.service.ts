import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AppConfig } from '../../../config/app-config.js';
import { APP_CONFIG } from '../../../config/config.module.js';
import { AccessPolicy } from '../../../shared/access/access-policy.js';
import type { Actor } from '../../../shared/access/actor.js';
import { DomainError, NotFoundError } from '../../../shared/errors/domain-error.js';
import { raise } from '../../../shared/errors/raise.js';
import { assertValid } from '../../../shared/errors/validation-failed.error.js';
import { parseListQuery, type Page, type ParseListQueryOptions, type RawQuery } from '../../../shared/listing/index.js';
import { OutboxRelay } from '../../../shared/messaging/outbox-relay.service.js';
import { nowTimestamp } from '../../../shared/time/timestamp.js';
import { AlertsFacade, alertTemplates } from '../../alerts/index.js';
import { isPending, newDeletionItem, WorkItemsFacade, type WorkItemFields } from '../../work-items/index.js';
import { decisionRefusal, deletionRequestRefusal, validateDeletionRequest, type DeletionRequestFields } from '../domain/index.js';
import { DeletionRequestFactsQuery, type DeletionParticipant, type RequestTarget } from '../infrastructure/persistence/deletion-request-facts.query.js';
import { DeletionRequestReadQueries } from '../infrastructure/persistence/deletion-request.read-queries.js';
import { DeletionRequestRepository } from '../infrastructure/persistence/deletion-request.repository.js';
import { confirmationTokenMatches, hashConfirmationToken, newConfirmationToken } from './confirmation-token.js';
import type { DeletionRequestViewRow } from './deletion-request.read-model.js';
import type { DeletionRequestDetail, DeletionRequestRow } from './deletion-request.record.js';
import { deletionRequestListSpec } from './deletion-request.list-spec.js';

export interface NewDeletionRequest {
  readonly institutionId: number;
  readonly requestedById: number;
  readonly objectIds: readonly number[];
  readonly fileIds: readonly number[];
}

export interface CreatedDeletionRequest {
  readonly request: DeletionRequestRow;
  /** The plaintext confirmation token; it exists only here and in the emailed review link. */
  readonly token: string;
}

export const INVALID_TOKEN_MESSAGE = 'invalid token';

/**
 * Deletion requests: reading them, and their life cycle. A request is created (by an institutional
 * admin in the web UI, or by APTrust for a batch), then approved by an institutional admin (which
 * creates and queues one Delete work item per file, then per object) or cancelled. Every step
 * alerts the institution's active institutional admins.
 */
@Injectable()
export class DeletionRequestsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reads: DeletionRequestReadQueries,
    private readonly requests: DeletionRequestRepository,
    private readonly facts: DeletionRequestFactsQuery,
    private readonly workItems: WorkItemsFacade,
    private readonly alerts: AlertsFacade,
    private readonly relay: OutboxRelay,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  list(actor: Actor, rawQuery: RawQuery, options: ParseListQueryOptions = {}): Promise<Page<DeletionRequestViewRow>> {
    const query = parseListQuery(rawQuery, deletionRequestListSpec, options);
    return this.reads.list(AccessPolicy.scopeFor(actor), query);
  }

  async getView(actor: Actor, id: number): Promise<DeletionRequestViewRow> {
    return (await this.reads.findView(AccessPolicy.scopeFor(actor), id)) ?? raise(new NotFoundError());
  }

  /** The request with its people, files, objects and work items (the access guard has checked the caller may see it). */
  async getDetail(id: number, manager: EntityManager = this.dataSource.manager): Promise<DeletionRequestDetail> {
    const request = (await this.requests.findById(manager, id)) ?? raise(new NotFoundError());
    return this.requests.detail(manager, request);
  }

  /** The request for its review page: the emailed token must match; a decided request is returned as it is. */
  async getForReview(id: number, token: string): Promise<DeletionRequestDetail> {
    const request = (await this.requests.findById(this.dataSource.manager, id)) ?? raise(new NotFoundError());
    if (!(await confirmationTokenMatches(token, request.encrypted_confirmation_token))) throw new DomainError('invalid', INVALID_TOKEN_MESSAGE);
    return this.requests.detail(this.dataSource.manager, request);
  }

  /**
   * Creates a request in the caller's transaction and raises its "Deletion Requested" alert. The
   * stored alert links to the review page without the token; only the emails carry it.
   */
  async create(manager: EntityManager, input: NewDeletionRequest): Promise<CreatedDeletionRequest> {
    const token = newConfirmationToken();
    const fields: DeletionRequestFields = {
      institutionId: input.institutionId,
      requestedById: input.requestedById,
      confirmedById: null,
      cancelledById: null,
      encryptedConfirmationToken: await hashConfirmationToken(token),
    };
    const requester = await this.facts.user(manager, input.requestedById);
    await this.assertValidRequest(manager, fields, { requester, confirmer: null, canceller: null }, input);
    const request = await this.requests.insert(manager, { institutionId: input.institutionId, requestedById: input.requestedById, encryptedToken: fields.encryptedConfirmationToken! });
    await this.requests.attach(manager, request.id, input);

    const reviewUrl = `${this.config.registryUrl}/deletions/review/${request.id}`;
    const requesterName = requester?.name ?? requester?.email ?? '';
    await this.alerts.create(manager, {
      institutionId: input.institutionId,
      type: 'Deletion Requested',
      subject: 'Deletion Requested',
      content: alertTemplates.deletionRequested({ requesterName, reviewUrl }),
      emailBody: alertTemplates.deletionRequested({ requesterName, reviewUrl: `${reviewUrl}?token=${token}` }),
      deletionRequestId: request.id,
      recipientIds: (await this.alerts.recipients.institutionalAdmins(input.institutionId, manager)).map((r) => r.id),
    });
    return { request, token };
  }

  /** An institutional admin asks to delete one object (web UI); its institution's admins are alerted. */
  async requestObjectDeletion(actor: Actor, objectId: number): Promise<CreatedDeletionRequest> {
    return this.dataSource.transaction(async (manager) => {
      const object = (await this.facts.lockObjectForRequest(manager, objectId)) ?? raise(new NotFoundError());
      this.assertMayBeRequested('object', object);
      return this.create(manager, { institutionId: object.institutionId ?? 0, requestedById: actor.userId, objectIds: [objectId], fileIds: [] });
    });
  }

  /** An institutional admin asks to delete one file (web UI); work pending on the file or on its object's bag blocks it. */
  async requestFileDeletion(actor: Actor, fileId: number): Promise<CreatedDeletionRequest> {
    return this.dataSource.transaction(async (manager) => {
      const file = (await this.facts.lockFileForRequest(manager, fileId)) ?? raise(new NotFoundError());
      this.assertMayBeRequested('file', file);
      return this.create(manager, { institutionId: file.institutionId ?? 0, requestedById: actor.userId, objectIds: [], fileIds: [fileId] });
    });
  }

  /**
   * Approval by `actor` (an institutional admin; a second one unless the requester is the only one):
   * one Delete work item per file, then per object, queued to NSQ, and a "Deletion Confirmed" alert.
   */
  async approve(actor: Actor, requestId: number, token: string): Promise<DeletionRequestDetail> {
    const detail = await this.dataSource.transaction(async (manager) => {
      const stored = await this.lockForDecision(manager, requestId, token);
      const request = await this.requests.markConfirmed(manager, stored.id, actor.userId);
      const [requester, approver] = [await this.facts.user(manager, request.requested_by_id), await this.facts.user(manager, actor.userId)];
      const items = await this.requests.itemIds(manager, request.id);
      await this.assertValidRequest(manager, fieldsOf(request), { requester, confirmer: approver, canceller: null }, items);

      const saved = await this.workItems.createItems(manager, await this.deletionItems(manager, request, requester!, approver!, items));
      await this.alerts.create(manager, {
        institutionId: request.institution_id,
        type: 'Deletion Confirmed',
        subject: 'Deletion Confirmed',
        content: alertTemplates.deletionConfirmed({
          requesterName: nameOf(requester),
          approverName: nameOf(approver),
          requestUrl: this.requestUrl(request.id),
          workItemUrls: saved.map((item) => `${this.config.registryUrl}/work_items/show/${item.id}`),
        }),
        deletionRequestId: request.id,
        recipientIds: (await this.alerts.recipients.institutionalAdmins(request.institution_id, manager)).map((r) => r.id),
        workItemIds: saved.map((item) => item.id),
      });
      return this.requests.detail(manager, request);
    });
    this.relay.nudge();
    return detail;
  }

  /** Cancellation by `actor` (an institutional admin of the request's institution): nothing is deleted; a "Deletion Cancelled" alert. */
  async cancel(actor: Actor, requestId: number, token: string): Promise<DeletionRequestDetail> {
    return this.dataSource.transaction(async (manager) => {
      const stored = await this.lockForDecision(manager, requestId, token);
      const request = await this.requests.markCancelled(manager, stored.id, actor.userId);
      const [requester, canceller] = [await this.facts.user(manager, request.requested_by_id), await this.facts.user(manager, actor.userId)];
      await this.assertValidRequest(manager, fieldsOf(request), { requester, confirmer: null, canceller }, await this.requests.itemIds(manager, request.id));
      await this.alerts.create(manager, {
        institutionId: request.institution_id,
        type: 'Deletion Cancelled',
        subject: 'Deletion Cancelled',
        content: alertTemplates.deletionCancelled({ requesterName: nameOf(requester), cancellerName: nameOf(canceller), requestUrl: this.requestUrl(request.id) }),
        deletionRequestId: request.id,
        recipientIds: (await this.alerts.recipients.institutionalAdmins(request.institution_id, manager)).map((r) => r.id),
      });
      return this.requests.detail(manager, request);
    });
  }

  private assertMayBeRequested(kind: 'object' | 'file', target: RequestTarget): void {
    const refusal = deletionRequestRefusal(
      { kind, state: target.state, createdAt: target.createdAt, storageOption: target.storageOption, hasPendingWork: target.workStatuses.some(isPending) },
      this.config.retentionDays,
      nowTimestamp(),
    );
    if (refusal) throw new DomainError('conflict', refusal);
  }

  /** The request row locked for a decision: the token must match, and no decision may have been taken. */
  private async lockForDecision(manager: EntityManager, requestId: number, token: string): Promise<DeletionRequestRow> {
    const request = (await this.requests.findById(manager, requestId, { lock: true })) ?? raise(new NotFoundError());
    if (!(await confirmationTokenMatches(token, request.encrypted_confirmation_token))) throw new DomainError('invalid', INVALID_TOKEN_MESSAGE);
    const refusal = decisionRefusal({ confirmedAt: request.confirmed_at, cancelledAt: request.cancelled_at });
    if (refusal) throw new DomainError('conflict', refusal);
    return request;
  }

  private async assertValidRequest(
    manager: EntityManager,
    fields: DeletionRequestFields,
    people: { requester: DeletionParticipant | null; confirmer: DeletionParticipant | null; canceller: DeletionParticipant | null },
    items: { objectIds: readonly number[]; fileIds: readonly number[] },
  ): Promise<void> {
    assertValid(
      validateDeletionRequest(fields, {
        ...people,
        activeInstitutionalAdminCount: fields.institutionId === null ? null : await this.facts.activeInstitutionalAdminCount(manager, fields.institutionId),
        objectInstitutionIds: await this.facts.objectInstitutionIds(manager, items.objectIds),
        fileInstitutionIds: await this.facts.fileInstitutionIds(manager, items.fileIds),
      }),
    );
  }

  /** One item per file, then one per object, each copied from its object's last successful ingest. */
  private async deletionItems(
    manager: EntityManager,
    request: DeletionRequestRow,
    requester: DeletionParticipant,
    approver: DeletionParticipant,
    items: { objectIds: readonly number[]; fileIds: readonly number[] },
  ): Promise<WorkItemFields[]> {
    const files = await this.facts.targetFiles(manager, items.fileIds);
    const objectIds = [...new Set([...files.map((f) => f.intellectualObjectId).filter((id): id is number => id !== null), ...items.objectIds])];
    const objects = new Map((await this.facts.targetObjects(manager, objectIds)).map((target) => [target.object.id, target]));
    const now = nowTimestamp();
    const targets = [
      ...files.map((file) => ({ objectId: file.intellectualObjectId, file: { id: file.id, size: file.size } })),
      ...items.objectIds.map((objectId) => ({ objectId, file: null })),
    ];
    const made: WorkItemFields[] = [];
    for (const target of targets) {
      const source = (target.objectId !== null ? objects.get(target.objectId) : undefined) ?? raise(new DomainError('conflict', 'a file or object of this request no longer exists'));
      const result = newDeletionItem({
        ...source,
        lastIngest: await this.workItems.lastSuccessfulIngest(manager, source.object.id),
        now,
        file: target.file,
        requester: { email: requester.email ?? '', institutionId: requester.institutionId },
        approver: { email: approver.email ?? '', institutionId: approver.institutionId, role: approver.role },
        deletionRequestId: request.id,
      });
      if (!result.ok) throw new DomainError('invalid', result.error);
      made.push(result.item);
    }
    return made;
  }

  private requestUrl(id: number): string {
    return `${this.config.registryUrl}/deletions/show/${id}`;
  }
}

const fieldsOf = (request: DeletionRequestRow): DeletionRequestFields => ({
  institutionId: request.institution_id,
  requestedById: request.requested_by_id,
  confirmedById: request.confirmed_by_id,
  cancelledById: request.cancelled_by_id,
  encryptedConfirmationToken: request.encrypted_confirmation_token,
});

const nameOf = (user: DeletionParticipant | null): string => user?.name ?? user?.email ?? '';
