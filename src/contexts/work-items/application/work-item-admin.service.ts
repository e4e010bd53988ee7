import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { NotFoundError } from '../../../shared/errors/domain-error.js';
import { raise } from '../../../shared/errors/raise.js';
import { ValidationFailedError } from '../../../shared/errors/validation-failed.error.js';
import {
  adminEditChanges,
  ingestObjectIdentifier,
  interimDataDocument,
  interimDataFields,
  isMissingIngestObjectLink,
  type AdminEditForm,
  type WorkItemFields,
} from '../domain/index.js';
import { NsqNodeStatus, type NodeStatus } from '../infrastructure/nsq/nsq-node-status.js';
import { WorkItemEditFacts } from '../infrastructure/persistence/work-item-edit-facts.query.js';
import { WorkItemRepository } from '../infrastructure/persistence/work-item.repository.js';
import { PreservInterimDataStore } from '../infrastructure/redis/preserv-interim-data.store.js';
import { WorkItemSaves } from './work-item-saves.js';
import type { WorkItemViewRow } from './work-item.read-model.js';
import { toWorkItemFields, type WorkItemRow } from './work-item.record.js';

/** The Redis list shows at most this many work items, as the reference's single SCAN did. */
export const REDIS_LIST_LIMIT = 500;

/** What decides whether the edit form may link an object. */
export type LinkFacts = Pick<WorkItemFields, 'action' | 'status' | 'intellectualObjectId' | 'institutionId' | 'name' | 'etag'>;

export interface LinkableObject {
  readonly id: number;
  readonly identifier: string;
}

/** The sys admins' work item tools of the web UI (workflows.md §3.7, §3.8, §9.2); the access guard has checked the role. */
@Injectable()
export class WorkItemAdminService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly items: WorkItemRepository,
    private readonly saves: WorkItemSaves,
    private readonly facts: WorkItemEditFacts,
    private readonly interimData: PreservInterimDataStore,
    private readonly nsq: NsqNodeStatus,
  ) {}

  nodeStatus(node: string | null): Promise<NodeStatus> {
    return this.nsq.of(node ?? '');
  }

  /** The object the edit form offers to link, for an ingest that succeeded without one; else null. */
  linkableObject(item: LinkFacts, manager: EntityManager = this.dataSource.manager): Promise<LinkableObject | null> {
    if (!isMissingIngestObjectLink(item) || item.institutionId === null) return Promise.resolve(null);
    const institutionId = item.institutionId;
    return this.facts.institutionIdentifier(manager, institutionId).then((identifier) =>
      identifier === null ? null : this.facts.ingestedObject(manager, institutionId, ingestObjectIdentifier(identifier, item.name), item.etag),
    );
  }

  /** Saves the edit form under the row lock; validation problems come back per field (ValidationFailedError). */
  async edit(id: number, form: AdminEditForm): Promise<WorkItemRow> {
    return this.dataSource.transaction(async (manager) => {
      const stored = (await this.items.findById(manager, id, { lock: true })) ?? raise(new NotFoundError());
      const current = toWorkItemFields(stored);
      const linkable = await this.linkableObject(current, manager);
      const result = adminEditChanges(current, form, linkable?.id ?? null);
      if (!result.ok) throw new ValidationFailedError(result.errors);
      return this.saves.overwrite(manager, stored, { ...current, ...result.changes });
    });
  }

  /** The ids of up to 500 work items that have interim data in Redis (the Redis list); InterimDataUnavailableError (503) without Redis. */
  itemIdsWithInterimData(): Promise<number[]> {
    return this.interimData.workItemIds(REDIS_LIST_LIMIT);
  }

  /**
   * The item's interim data in Preserv's Redis as a JSON document, or null when Redis has none for
   * it. Throws InterimDataUnavailableError (503) when Redis is not configured or not reachable.
   */
  async interimDataOf(item: WorkItemViewRow): Promise<string | null> {
    const objectIdentifier = item.object_identifier ?? ingestObjectIdentifier(item.institution_identifier ?? '', item.name);
    const fields = await this.interimData.readWorkItemFields(item.id, interimDataFields(item.action, objectIdentifier));
    return fields === null ? null : interimDataDocument(fields);
  }
}
