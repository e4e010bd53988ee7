import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../../shared/access/actor.js';
import { DomainError, NotFoundError } from '../../../shared/errors/domain-error.js';
import { raise } from '../../../shared/errors/raise.js';
import { OutboxRelay } from '../../../shared/messaging/outbox-relay.service.js';
import { nowTimestamp } from '../../../shared/time/timestamp.js';
import { isPending, newRestorationItem, WorkItemsFacade, type WorkItemRow } from '../../work-items/index.js';
import { objectRestorationRefusal } from '../domain/index.js';
import { IntellectualObjectRepository } from '../infrastructure/persistence/intellectual-object.repository.js';
import { ObjectWorkQueries } from '../infrastructure/persistence/object-work.queries.js';

/** Object restorations (admin API now; the web UI's restore button later): a queued restoration work item. */
@Injectable()
export class ObjectRestorationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly objects: IntellectualObjectRepository,
    private readonly work: ObjectWorkQueries,
    private readonly workItems: WorkItemsFacade,
    private readonly relay: OutboxRelay,
  ) {}

  /**
   * Creates the restoration item for `actor` and queues it. The object row stays locked until commit,
   * so two requests for the same object cannot both pass the pending-work check.
   */
  async restoreObject(actor: Actor, objectId: number): Promise<WorkItemRow> {
    const item = await this.dataSource.transaction(async (manager) => {
      const object = (await this.objects.findById(objectId, manager, { lock: true })) ?? raise(new NotFoundError());
      const statuses = object.institution_id === null ? [] : await this.work.statusesOfBag(manager, object.institution_id, object.bag_name ?? '');
      const refusal = objectRestorationRefusal({ state: object.state, hasPendingWork: statuses.some(isPending) });
      if (refusal) throw new DomainError('conflict', refusal);
      const facts = (await this.work.newItemFacts(manager, objectId)) ?? raise(new NotFoundError('the object\'s institution does not exist'));
      const lastIngest = await this.workItems.lastSuccessfulIngest(manager, objectId);
      const [saved] = await this.workItems.createItems(manager, [
        newRestorationItem({ ...facts, lastIngest, now: nowTimestamp(), requesterEmail: actor.email }),
      ]);
      return saved;
    });
    this.relay.nudge();
    return item;
  }
}
