import type { Timestamp } from '../../../shared/time/timestamp.js';

export const FIXITY_CHECK_EVENT_TYPE = 'fixity check';

export interface RecordedEvent {
  readonly eventType: string | null;
  readonly genericFileId: number | null;
  readonly dateTime: Timestamp | null;
}

/**
 * The file's new `last_fixity_check` after an event is recorded through the admin API: the event's
 * date_time for a file-level `fixity check` whatever its outcome (Preserv's fixity queue moves on by
 * it), otherwise null (no change).
 */
export function lastFixityCheckAfter(event: RecordedEvent): Timestamp | null {
  const isFileFixityCheck = event.eventType === FIXITY_CHECK_EVENT_TYPE && event.genericFileId != null && event.genericFileId > 0;
  return isFileFixityCheck ? event.dateTime : null;
}
