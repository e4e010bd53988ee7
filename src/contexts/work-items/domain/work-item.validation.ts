import {
  collectErrors,
  failIf,
  fieldRef,
  isByteLengthBetween,
  isEmail,
  isOneOf,
  isPresentId,
  type ValidationError,
} from '../../../shared/domain/validation.js';
import { ACTION_DELETE, STAGES, STATUSES, WORK_ITEM_ACTIONS, type WorkItemFields } from './work-item.js';

export type WorkItemValidationInput = Pick<
  WorkItemFields,
  | 'name' | 'etag' | 'bagDate' | 'bucket' | 'user' | 'institutionId' | 'dateProcessed' | 'note' | 'action' | 'stage' | 'status' | 'outcome'
  | 'genericFileId' | 'deletionRequestId'
>;

export interface WorkItemValidationFacts {
  /**
   * For a Delete item with a deletion_request_id: whether that request includes the item's file (when
   * generic_file_id is set) or else its object. Leave undefined when it was not looked up.
   */
  readonly deletionRequestIncludesTarget?: boolean;
}

const FIELDS = {
  name: fieldRef('Name', 'name'),
  etag: fieldRef('ETag', 'etag'),
  bagDate: fieldRef('BagDate', 'bag_date'),
  bucket: fieldRef('Bucket', 'bucket'),
  user: fieldRef('User', 'user'),
  institutionId: fieldRef('InstitutionID', 'institution_id'),
  dateProcessed: fieldRef('DateProcessed', 'date_processed'),
  action: fieldRef('Action', 'action'),
  stage: fieldRef('Stage', 'stage'),
  status: fieldRef('Status', 'status'),
  deletionRequestId: fieldRef('DeletionRequestID', 'deletion_request_id'),
};

/**
 * Runs on every work item save.
 * Keep (reference quirk, Preserv depends on it): the reference's Note and Outcome rules test Name by
 * mistake, so notes and outcomes are effectively unchecked and Preserv saves items with empty ones. We
 * leave both unchecked and also drop the phantom Note/Outcome errors the reference adds when Name is bad.
 */
export function validateWorkItem(item: WorkItemValidationInput, facts: WorkItemValidationFacts = {}): ValidationError[] {
  return collectErrors(
    failIf(!isByteLengthBetween(item.name, 1, 1000), FIELDS.name, 'Name is required.'),
    failIf(!isByteLengthBetween(item.etag, 32, 40), FIELDS.etag, 'ETag is required (32-40 bytes).'),
    failIf(item.bagDate === null, FIELDS.bagDate, 'BagDate is required.'),
    failIf(!isByteLengthBetween(item.bucket, 1, 1000), FIELDS.bucket, 'Bucket is required.'),
    failIf(!isEmail(item.user), FIELDS.user, 'User must be a valid email address.'),
    failIf(!isPresentId(item.institutionId), FIELDS.institutionId, 'InstitutionID is required.'),
    failIf(item.dateProcessed === null, FIELDS.dateProcessed, 'DateProcessed is required.'),
    failIf(!isOneOf(WORK_ITEM_ACTIONS, item.action), FIELDS.action, 'Action is missing or invalid.'),
    failIf(!isOneOf(STAGES, item.stage), FIELDS.stage, 'Stage is missing or invalid.'),
    failIf(!isOneOf(STATUSES, item.status), FIELDS.status, 'Status is missing or invalid.'),
    deletionRequestTamperCheck(item, facts),
  );
}

// Fix (reference quirk): the reference only reported this when the lookup itself failed, so it never
// rejected; a Delete item must now point at a request that includes its target.
function deletionRequestTamperCheck(item: WorkItemValidationInput, facts: WorkItemValidationFacts): ValidationError | undefined {
  const applies = item.action === ACTION_DELETE && isPresentId(item.deletionRequestId) && facts.deletionRequestIncludesTarget === false;
  const target = isPresentId(item.genericFileId) ? 'file' : 'object';
  return failIf(applies, FIELDS.deletionRequestId, `Invalid deletion request ID / ${target}`);
}
