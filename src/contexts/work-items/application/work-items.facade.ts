import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../../../shared/errors/domain-error.js';
import { enqueueMessages } from '../../../shared/messaging/outbox.js';
import { requeueTopic, type WorkItemFields } from '../domain/index.js';
import { WorkItemRepository } from '../infrastructure/persistence/work-item.repository.js';
import { WorkItemSaves } from './work-item-saves.js';
import { toWorkItemFields, type StoredWorkItemFields, type WorkItemRow } from './work-item.record.js';

/**
 * What other contexts use to read and create work items, always in the caller's transaction.
 * After committing a transaction that created items, call `OutboxRelay.nudge()` so that their ids go
 * out to NSQ at once (otherwise the relay's next poll sends them).
 */
@Injectable()
export class WorkItemsFacade {
  constructor(
    private readonly items: WorkItemRepository,
    private readonly saves: WorkItemSaves,
  ) {}

  /**
   * The object's last successful ingest: an Ingest item with status Success at stage Record or
   * Cleanup, newest `date_processed` first; null when there is none.
   */
  async lastSuccessfulIngest(manager: EntityManager, objectId: number): Promise<StoredWorkItemFields | null> {
    const row = await this.items.lastSuccessfulIngest(manager, objectId);
    return row ? toWorkItemFields(row) : null;
  }

  /**
   * Inserts new items (validated like every save; their ids are ignored) and queues each id to the
   * NSQ topic of its action (and stage, for ingests) through the outbox, with `queued_at` set.
   * Throws before writing anything when an item has no topic.
   */
  async createItems(manager: EntityManager, items: readonly WorkItemFields[]): Promise<WorkItemRow[]> {
    const topics = items.map((item) => requeueTopic(item.action, item.stage) ?? noTopic(item));
    const saved: WorkItemRow[] = [];
    for (const item of items) saved.push(await this.saves.insert(manager, item, { queuedNow: true }));
    await enqueueMessages(manager, saved.map((row, i) => ({ topic: topics[i], body: String(row.id) })));
    return saved;
  }
}

function noTopic(item: WorkItemFields): never {
  throw new DomainError('invalid', `a work item with action "${item.action ?? ''}" at stage "${item.stage ?? ''}" has no queue`);
}
