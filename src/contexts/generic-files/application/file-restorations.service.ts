import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../../shared/access/actor.js';
import { DomainError, NotFoundError } from '../../../shared/errors/domain-error.js';
import { raise } from '../../../shared/errors/raise.js';
import { OutboxRelay } from '../../../shared/messaging/outbox-relay.service.js';
import { nowTimestamp } from '../../../shared/time/timestamp.js';
import { isPending, newRestorationItem, WorkItemsFacade, type WorkItemRow } from '../../work-items/index.js';
import { fileRestorationRefusal } from '../domain/index.js';
import { FileWorkQueries } from '../infrastructure/persistence/file-work.queries.js';
import { GenericFileRepository } from '../infrastructure/persistence/generic-file.repository.js';

/** File restorations (workflows.md §2.2): a queued `Restore File` (or `Glacier Restore`) work item. */
@Injectable()
export class FileRestorationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly files: GenericFileRepository,
    private readonly work: FileWorkQueries,
    private readonly workItems: WorkItemsFacade,
    private readonly relay: OutboxRelay,
  ) {}

  /** Whether the file or its object has work that has not completed (the file page's restore button waits for it). */
  async hasPendingWork(fileId: number): Promise<boolean> {
    const { fileStatuses, objectStatuses } = await this.work.workStatuses(this.dataSource.manager, fileId);
    return fileStatuses.some(isPending) || objectStatuses.some(isPending);
  }

  /**
   * Creates the restoration item for `actor` and queues it. The file row stays locked until commit,
   * so two requests for the same file cannot both pass the pending-work check.
   */
  async restoreFile(actor: Actor, fileId: number): Promise<WorkItemRow> {
    const item = await this.dataSource.transaction(async (manager) => {
      const file = (await this.files.findById(manager, fileId, { lock: true })) ?? raise(new NotFoundError());
      const { fileStatuses, objectStatuses } = await this.work.workStatuses(manager, fileId);
      const refusal = fileRestorationRefusal({ state: file.state, fileHasPendingWork: fileStatuses.some(isPending), objectHasPendingWork: objectStatuses.some(isPending) });
      if (refusal) throw new DomainError('conflict', refusal);
      const facts = (await this.work.objectOfFile(manager, fileId)) ?? raise(new NotFoundError("the file's object or institution does not exist"));
      const lastIngest = await this.workItems.lastSuccessfulIngest(manager, facts.object.id);
      const [saved] = await this.workItems.createItems(manager, [
        newRestorationItem({ ...facts, lastIngest, now: nowTimestamp(), requesterEmail: actor.email, file: { id: fileId } }),
      ]);
      return saved;
    });
    this.relay.nudge();
    return item;
  }
}
