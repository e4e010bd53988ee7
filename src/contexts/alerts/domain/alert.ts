import type { Timestamp } from '../../../shared/time/timestamp.js';

export const ALERT_TYPES = [
  'Deletion Cancelled',
  'Deletion Completed',
  'Deletion Confirmed',
  'Deletion Requested',
  'Failed Fixity Check',
  'Restoration Completed',
  'Password Changed',
  'Password Reset',
  'Stalled Work Items',
  'Welcome New User',
] as const;
export type AlertType = (typeof ALERT_TYPES)[number];

/** Subject of a "Restoration Completed" alert for a spot test (its type stays Restoration Completed). */
export const SPOT_TEST_ALERT_SUBJECT = 'Restoration Spot Test Completed';

export interface AlertFields {
  readonly institutionId: number | null;
  readonly type: string | null;
  /** Not validated, although the column is NOT NULL. */
  readonly subject: string | null;
  readonly content: string | null;
}

/** Mark read sets read_at only when it is not set yet. */
export const readAtAfterMarkRead = (readAt: Timestamp | null, now: Timestamp): Timestamp => readAt ?? now;

/** Mark unread clears read_at. */
export const readAtAfterMarkUnread = (): null => null;
