import type { Timestamp } from '../../../shared/time/timestamp.js';
import { EVENT_DELETION, OUTCOME_SUCCESS, type PremisEventFields } from './premis-event.js';

export interface DeletionEventInput {
  /** Email of the user who requested the deletion. */
  readonly requesterEmail: string;
  /** Email of the institutional admin who confirmed it. */
  readonly approverEmail: string;
  readonly newUuid: () => string;
  readonly now: Timestamp;
}

export interface DeletedObject {
  readonly id: number;
  readonly institutionId: number | null;
}

export interface DeletedFile extends DeletedObject {
  readonly intellectualObjectId: number | null;
}

/** The object-level `deletion` event recorded in the same transaction as the object's soft delete. */
export function newObjectDeletionEvent(object: DeletedObject, input: DeletionEventInput): PremisEventFields {
  return {
    ...deletionEventBase(input),
    detail: 'Object deleted from preservation storage',
    outcomeInformation: `Object deleted at the request of ${input.requesterEmail}. Institutional approver: ${input.approverEmail}.`,
    institutionId: object.institutionId,
    intellectualObjectId: object.id,
    genericFileId: null,
  };
}

/** The file-level `deletion` event recorded in the same transaction as the file's soft delete. */
export function newFileDeletionEvent(file: DeletedFile, input: DeletionEventInput): PremisEventFields {
  return {
    ...deletionEventBase(input),
    detail: 'All copies of this file have been deleted from preservation storage',
    outcomeInformation:
      `File deleted at the request of ${input.requesterEmail}. Institutional approver: ${input.approverEmail}. ` +
      'This event confirms all preservation copies have been deleted.',
    institutionId: file.institutionId,
    intellectualObjectId: file.intellectualObjectId,
    genericFileId: file.id,
  };
}

function deletionEventBase(input: DeletionEventInput) {
  return {
    identifier: input.newUuid(),
    eventType: EVENT_DELETION,
    dateTime: input.now,
    agent: 'APTrust preservation services',
    object: 'Minio S3 library',
    outcome: OUTCOME_SUCCESS,
    outcomeDetail: input.requesterEmail,
  };
}
