import { isRandomToken, looksEncrypted } from '../../../shared/domain/secret-token.js';
import type { Timestamp } from '../../../shared/time/timestamp.js';

export const ALREADY_APPROVED_MESSAGE = 'this request has already been approved';
export const ALREADY_CANCELLED_MESSAGE = 'this request has already been cancelled';

export interface DeletionRequestTimeline {
  readonly confirmedAt: Timestamp | null;
  readonly cancelledAt: Timestamp | null;
}

/** Why a request can no longer be approved or cancelled (cancellation is checked first); null while awaiting a decision. */
export function decisionRefusal(request: DeletionRequestTimeline): string | null {
  if (request.cancelledAt !== null) return ALREADY_CANCELLED_MESSAGE;
  if (request.confirmedAt !== null) return ALREADY_APPROVED_MESSAGE;
  return null;
}

export const confirmDeletionRequest = (userId: number, now: Timestamp) => ({ confirmedById: userId, confirmedAt: now });

export const cancelDeletionRequest = (userId: number, now: Timestamp) => ({ cancelledById: userId, cancelledAt: now });

/** The plaintext confirmation token: 32 lowercase hex characters (it only ever appears in the review URL). */
export const isConfirmationTokenFormat = (token: string | null | undefined): boolean => isRandomToken(token);

/** The stored form of the confirmation token must be a bcrypt cost-10 hash. */
export const isEncryptedConfirmationToken = (value: string | null | undefined): boolean => looksEncrypted(value);
