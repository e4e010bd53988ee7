import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AppConfig } from '../../../config/app-config.js';
import { APP_CONFIG } from '../../../config/config.module.js';
import { AlertsFacade, alertTemplates, SPOT_TEST_ALERT_SUBJECT } from '../../alerts/index.js';
import {
  deletedTargetsDescription,
  deletionRequestIsFinished,
  isSpotTestRestoration,
  mayFinishDeletionRequest,
  objIdentifier,
  restorationUrlFromNote,
  restoredItemName,
  triggersRestorationAlert,
  type WorkItemFields,
} from '../domain/index.js';
import { WorkItemSaveFacts } from '../infrastructure/persistence/work-item-save-facts.query.js';
import type { StoredWorkItemFields } from './work-item.record.js';

/**
 * The alerts a work item save can raise, written in the save's transaction: "Restoration Completed"
 * when a restore item becomes Success, "Deletion Completed" when the last item of a deletion request
 * has completed with this one's success.
 */
@Injectable()
export class WorkItemCompletionAlerts {
  private readonly logger = new Logger(WorkItemCompletionAlerts.name);

  constructor(
    private readonly alerts: AlertsFacade,
    private readonly facts: WorkItemSaveFacts,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** `previousStatus` is the stored status before the save (null on insert); `saved` the item as saved. */
  async afterSave(manager: EntityManager, previousStatus: string | null, saved: StoredWorkItemFields): Promise<void> {
    if (triggersRestorationAlert(previousStatus, saved)) await this.restorationCompleted(manager, saved);
    if (mayFinishDeletionRequest(previousStatus, saved)) await this.deletionCompleted(manager, saved.deletionRequestId, saved);
  }

  private async restorationCompleted(manager: EntityManager, item: StoredWorkItemFields): Promise<void> {
    const restorationUrl = restorationUrlFromNote(item.note);
    if (!restorationUrl) {
      this.logger.warn(`Work item ${item.id} finished a restoration, but its note has no "restored to <url>": no alert sent`);
      return;
    }
    const facts = await this.facts.restoration(manager, item.id);
    // An item of an institution that does not exist (work_items has no foreign key to it) alerts nobody.
    if (!facts || facts.institutionIdentifier === null || item.institutionId === null) return;
    const itemName = restoredItemName({
      genericFileId: item.genericFileId,
      genericFileIdentifier: facts.genericFileIdentifier,
      objectIdentifier: objIdentifier({ objectIdentifier: facts.objectIdentifier, institutionIdentifier: facts.institutionIdentifier, name: item.name }),
    });
    const spotTest = isSpotTestRestoration(item, facts.spotTestDays !== null);
    const content = spotTest
      ? alertTemplates.restorationSpotTestCompleted({ itemName, restorationUrl, spotTestDays: facts.spotTestDays ?? 0, registryUrl: this.registryUrl() })
      : alertTemplates.restorationCompleted({ requesterName: facts.requesterName ?? item.user ?? '', itemName, restorationUrl });
    const recipients = await this.alerts.recipients.allUsers(item.institutionId, manager);
    await this.alerts.create(manager, {
      institutionId: item.institutionId,
      type: 'Restoration Completed',
      subject: spotTest ? SPOT_TEST_ALERT_SUBJECT : 'Restoration Completed',
      content,
      recipientIds: recipients.map((r) => r.id),
      workItemIds: [item.id],
    });
  }

  private async deletionCompleted(manager: EntityManager, requestId: number, item: WorkItemFields): Promise<void> {
    const request = await this.facts.lockDeletionRequest(manager, requestId);
    if (!request || request.alreadyAlerted || !deletionRequestIsFinished(request.items.map((i) => i.status))) return;
    const recipients = await this.alerts.recipients.institutionalAdmins(request.institutionId, manager);
    await this.alerts.create(manager, {
      institutionId: request.institutionId,
      type: 'Deletion Completed',
      subject: 'Deletion Completed',
      content: alertTemplates.deletionCompleted({
        requesterName: request.requesterName ?? item.user ?? '',
        approverName: request.approverName ?? item.instApprover ?? '',
        requestUrl: `${this.registryUrl()}/deletions/show/${request.id}`,
        itemIdentifier: deletedTargetsDescription(request.id, request),
      }),
      deletionRequestId: request.id,
      recipientIds: recipients.map((r) => r.id),
      workItemIds: request.items.map((i) => i.id),
    });
  }

  /** Alerts are raised by Preserv's API calls, whose Host header is an internal name: links use the public cookie domain. */
  private registryUrl(): string {
    return `${this.config.isDevelopment ? 'http' : 'https'}://${this.config.cookies.domain}`;
  }
}
