import { looksEncrypted } from '../../../shared/domain/secret-token.js';
import {
  collectErrors,
  failIf,
  fieldRef,
  firstFailure,
  isPresentId,
  type ValidationError,
} from '../../../shared/domain/validation.js';
import type { Timestamp } from '../../../shared/time/timestamp.js';
import { ROLE_INST_ADMIN } from '../../identity/domain/index.js';

export interface DeletionRequestFields {
  readonly institutionId: number | null;
  readonly requestedById: number | null;
  readonly confirmedById: number | null;
  readonly cancelledById: number | null;
  readonly encryptedConfirmationToken: string | null;
}

/** A user looked up by id; null when no such user exists. */
export interface DeletionRequestUser {
  readonly id: number;
  readonly institutionId: number | null;
  readonly role: string | null;
  readonly deactivatedAt: Timestamp | null;
}

export interface DeletionRequestFacts {
  readonly requester: DeletionRequestUser | null;
  readonly confirmer: DeletionRequestUser | null;
  readonly canceller: DeletionRequestUser | null;
  /** Active institutional admins of the request's institution; null when the list could not be loaded. */
  readonly activeInstitutionalAdminCount: number | null;
  readonly objectInstitutionIds: readonly (number | null)[];
  readonly fileInstitutionIds: readonly (number | null)[];
}

const FIELDS = {
  institutionId: fieldRef('InstitutionID', 'institution_id'),
  requestedById: fieldRef('RequestedByID', 'requested_by_id'),
  confirmedById: fieldRef('ConfirmedByID', 'confirmed_by_id'),
  cancelledById: fieldRef('CancelledByID', 'cancelled_by_id'),
  encryptedConfirmationToken: fieldRef('EncryptedConfirmationToken', 'encrypted_confirmation_token'),
  intellectualObjects: fieldRef('IntellectualObjects', 'intellectual_objects'),
  genericFiles: fieldRef('GenericFiles', 'generic_files'),
};

const USER_NOT_FOUND = 'User does not exist.';
const WRONG_INSTITUTION = 'Deletion request user belongs to wrong institution.';
const NOT_INST_ADMIN = 'Deletion confirmer/canceller must be institutional admin.';
const FOREIGN_ITEMS = 'User cannot delete files or objects belonging to other institutions.';

/** Runs on every save of a deletion request; deletion is destructive, so every party and item is re-checked. */
export function validateDeletionRequest(request: DeletionRequestFields, facts: DeletionRequestFacts): ValidationError[] {
  const ownerInstitutionId = facts.requester?.institutionId ?? request.institutionId;
  return collectErrors(
    failIf(!isPresentId(request.institutionId), FIELDS.institutionId, 'Deletion request requires institution id.'),
    requesterError(request, facts.requester),
    confirmerError(request, facts),
    cancellerError(request, facts.canceller),
    failIf(!looksEncrypted(request.encryptedConfirmationToken), FIELDS.encryptedConfirmationToken, 'Token must be encrypted.'),
    failIf(facts.objectInstitutionIds.some((id) => id !== ownerInstitutionId), FIELDS.intellectualObjects, FOREIGN_ITEMS),
    failIf(facts.fileInstitutionIds.some((id) => id !== ownerInstitutionId), FIELDS.genericFiles, FOREIGN_ITEMS),
  );
}

function requesterError(request: DeletionRequestFields, requester: DeletionRequestUser | null): ValidationError | undefined {
  return firstFailure(FIELDS.requestedById, [
    [!isPresentId(request.requestedById), 'Deletion request requires requester id.'],
    [requester === null, USER_NOT_FOUND],
    [requester?.deactivatedAt != null, 'User has been deactivated.'],
    [requester?.institutionId !== request.institutionId, WRONG_INSTITUTION],
  ]);
}

/** A requester may confirm their own request only when they are the institution's only active admin. */
function confirmerError(request: DeletionRequestFields, facts: DeletionRequestFacts): ValidationError | undefined {
  const { confirmer, activeInstitutionalAdminCount } = facts;
  if (!isPresentId(request.confirmedById)) return undefined;
  return firstFailure(FIELDS.confirmedById, [
    [confirmer === null, USER_NOT_FOUND],
    [activeInstitutionalAdminCount === null, 'Cannot get admin list for this institution.'],
    [confirmer?.institutionId !== request.institutionId, WRONG_INSTITUTION],
    [confirmer?.role !== ROLE_INST_ADMIN, NOT_INST_ADMIN],
    [
      confirmer?.id === request.requestedById && (activeInstitutionalAdminCount ?? 0) > 1,
      'Admin cannot confirm deletion they requested. This must be approved by a second admin.',
    ],
  ]);
}

// Fix (reference quirk): the reference skipped these checks whenever the canceller was already attached
// to the request, which the cancel flow always does; they now always run.
function cancellerError(request: DeletionRequestFields, canceller: DeletionRequestUser | null): ValidationError | undefined {
  if (!isPresentId(request.cancelledById)) return undefined;
  return firstFailure(FIELDS.cancelledById, [
    [canceller === null, USER_NOT_FOUND],
    [canceller?.institutionId !== request.institutionId, WRONG_INSTITUTION],
    [canceller?.role !== ROLE_INST_ADMIN, NOT_INST_ADMIN],
  ]);
}
