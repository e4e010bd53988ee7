import type { EntityManager } from 'typeorm';
import type { Timestamp } from '../../../shared/time/timestamp.js';

/** The facts of a recorded event that can matter to its file. */
export interface RecordedEventFacts {
  readonly eventType: string | null;
  readonly genericFileId: number | null;
  readonly dateTime: Timestamp | null;
}

/**
 * What recording a standalone event does to the file it names (a fixity check moves the file's
 * `last_fixity_check`). Files belong to the generic-files context, which binds this token; the
 * events context only declares what it needs, so the two modules do not import each other.
 */
export interface EventFileEffects {
  /** Runs in the caller's transaction; throws NotFoundError when the event needs a file that does not exist. */
  applyRecordedEvent(manager: EntityManager, event: RecordedEventFacts): Promise<void>;
}

export const EVENT_FILE_EFFECTS = Symbol('EventFileEffects');
