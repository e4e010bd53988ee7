import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { isPresentId } from '../../../shared/domain/validation.js';
import { assertValid } from '../../../shared/errors/validation-failed.error.js';
import { ACTION_DELETE, saveMayRaiseAlert, validateWorkItem, type WorkItemValidationFacts } from '../domain/index.js';
import { WorkItemSaveFacts } from '../infrastructure/persistence/work-item-save-facts.query.js';
import { WorkItemRepository, type SaveOptions } from '../infrastructure/persistence/work-item.repository.js';
import { WorkItemCompletionAlerts } from './work-item-completion-alerts.js';
import { toWorkItemFields, type WorkItemRow, type WorkItemWrite } from './work-item.record.js';

/**
 * Every save of a work item, whoever makes it: validation on every save, the write, and the alerts
 * the save raises, all in the caller's transaction. Updates expect the stored row locked by the caller.
 */
@Injectable()
export class WorkItemSaves {
  constructor(
    private readonly items: WorkItemRepository,
    private readonly facts: WorkItemSaveFacts,
    private readonly alerts: WorkItemCompletionAlerts,
  ) {}

  async insert(manager: EntityManager, item: WorkItemWrite, options: SaveOptions = {}): Promise<WorkItemRow> {
    await this.validate(manager, item);
    const saved = await this.items.insert(manager, item, options);
    await this.alerts.afterSave(manager, null, toWorkItemFields(saved));
    return saved;
  }

  /**
   * An update that no alert can follow (whatever the stored status) needs neither the stored row nor
   * a transaction: one statement, which locks the row itself, applies it while the row still belongs
   * to `institutionId`. Null when that is not so, or when an alert could follow: the caller then
   * saves under its own lock with `overwrite`.
   */
  async overwriteUnlessAlerting(manager: EntityManager, id: number, institutionId: number, item: WorkItemWrite): Promise<WorkItemRow | null> {
    if (saveMayRaiseAlert(item)) return null;
    await this.validate(manager, item);
    return this.items.overwriteOwned(manager, id, institutionId, item);
  }

  async overwrite(manager: EntityManager, stored: WorkItemRow, item: WorkItemWrite, options: SaveOptions = {}): Promise<WorkItemRow> {
    await this.validate(manager, item);
    const saved = await this.items.overwrite(manager, stored.id, item, options);
    await this.alerts.afterSave(manager, stored.status, toWorkItemFields(saved));
    return saved;
  }

  private async validate(manager: EntityManager, item: WorkItemWrite): Promise<void> {
    const facts: WorkItemValidationFacts =
      item.action === ACTION_DELETE && isPresentId(item.deletionRequestId)
        ? {
          deletionRequestIncludesTarget: await this.facts.deletionRequestIncludes(manager, item.deletionRequestId, {
            fileId: isPresentId(item.genericFileId) ? item.genericFileId : null,
            objectId: item.intellectualObjectId,
          }),
        }
        : {};
    assertValid(validateWorkItem(item, facts));
  }
}
