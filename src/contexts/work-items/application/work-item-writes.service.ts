import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ResourceIds } from '../../../shared/domain/record-update.rules.js';
import { DomainError, NotFoundError } from '../../../shared/errors/domain-error.js';
import { raise } from '../../../shared/errors/raise.js';
import { enqueueMessages } from '../../../shared/messaging/outbox.js';
import { OutboxRelay } from '../../../shared/messaging/outbox-relay.service.js';
import { REQUEUE_COMPLETED_MESSAGE, requeue, workItemCreateViolation, workItemUpdateViolation } from '../domain/index.js';
import { WorkItemRepository } from '../infrastructure/persistence/work-item.repository.js';
import { PreservInterimDataStore } from '../infrastructure/redis/preserv-interim-data.store.js';
import { WorkItemSaves } from './work-item-saves.js';
import { toWorkItemFields, type WorkItemRow, type WorkItemWrite } from './work-item.record.js';

/** Admin-API writes of work items (sys admins; the access guard has checked that). */
@Injectable()
export class WorkItemWritesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly items: WorkItemRepository,
    private readonly saves: WorkItemSaves,
    private readonly relay: OutboxRelay,
    private readonly interimData: PreservInterimDataStore,
  ) {}

  async create(urlInstitutionId: number, submitted: ResourceIds, item: WorkItemWrite): Promise<WorkItemRow> {
    const mismatch = workItemCreateViolation(urlInstitutionId, submitted);
    if (mismatch) throw new DomainError('invalid', mismatch);
    return this.dataSource.transaction((manager) => this.saves.insert(manager, item));
  }

  /**
   * A full overwrite under the row lock, so that concurrent saves of one item apply one after the
   * other and each save's alerts see the status it replaced. created_at keeps its stored value.
   * `located` is the item as the access guard found it; without its institution (the guard left
   * the lookup to this route), the one the body names stands in, and the single-statement save
   * applies only if the stored item has it.
   */
  async update(located: { id: number; institutionId: number | null }, submitted: ResourceIds, item: WorkItemWrite): Promise<WorkItemRow> {
    const { id } = located;
    const institutionId = located.institutionId ?? submitted.institutionId;
    if (institutionId !== null && institutionId > 0 && !workItemUpdateViolation(id, { institutionId }, submitted)) {
      const saved = await this.saves.overwriteUnlessAlerting(this.dataSource.manager, id, institutionId, item).catch(async (error: unknown) => {
        // A missing item answers 404 before anything about the body, as when the guard looks it up.
        if (located.institutionId === null && !(await this.items.findById(this.dataSource.manager, id))) throw new NotFoundError();
        throw error;
      });
      if (saved) return saved;
    }
    return this.dataSource.transaction(async (manager) => {
      const stored = (await this.items.findById(manager, id, { lock: true })) ?? raise(new NotFoundError());
      const mismatch = workItemUpdateViolation(id, { institutionId: stored.institution_id }, submitted);
      if (mismatch) throw new DomainError('invalid', mismatch);
      return this.saves.overwrite(manager, stored, item);
    });
  }

  /** Puts the item back in the queue at `stage` and queues its id to the stage's topic; returns the saved item. */
  async requeue(id: number, stage: string, options: { force: boolean }): Promise<WorkItemRow> {
    const saved = await this.dataSource.transaction(async (manager) => {
      const stored = (await this.items.findById(manager, id, { lock: true })) ?? raise(new NotFoundError());
      const current = toWorkItemFields(stored);
      const result = requeue(current, stage, { allowCompleted: options.force });
      if (!result.ok) throw new DomainError(result.error === REQUEUE_COMPLETED_MESSAGE ? 'conflict' : 'invalid', result.error);
      const row = await this.saves.overwrite(manager, stored, { ...current, ...result.changes }, { queuedNow: true });
      await enqueueMessages(manager, [{ topic: result.topic, body: String(id) }]);
      return row;
    });
    this.relay.nudge();
    return saved;
  }

  /** Deletes the item's interim processing data from Preserv's Redis (the item exists: the access guard found it). */
  async deleteInterimData(id: number): Promise<void> {
    await this.interimData.deleteWorkItemData(id);
  }
}
