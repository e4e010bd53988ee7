import type { Timestamp } from '../../../shared/time/timestamp.js';

/** The facts of a recorded event that can matter to its file. */
export interface RecordedEventFacts {
  readonly eventType: string | null;
  readonly genericFileId: number | null;
  readonly dateTime: Timestamp | null;
}

/**
 * A write on the event's file that commits with the event. It runs inside the event's INSERT, as
 * a data-modifying WITH query, so event and file change in one statement (one round trip, no
 * transaction to open); the event is inserted only if the write found its file.
 */
export interface FileWriteWithEvent {
  /** Names the combined prepared statement; one name per distinct `sql`. */
  readonly name: string;
  /** An UPDATE of the file's row with a RETURNING clause; its parameters are numbered from $1. */
  readonly sql: string;
  readonly params: readonly unknown[];
}

/**
 * What recording a standalone event does to the file it names (a fixity check moves the file's
 * `last_fixity_check`). Files belong to the generic-files context, which binds this token; the
 * events context only declares what it needs, so the two modules do not import each other.
 */
export interface EventFileEffects {
  /** The write on its file that recording `event` brings with it; null when it changes no file. */
  fileWriteFor(event: RecordedEventFacts): FileWriteWithEvent | null;
}

export const EVENT_FILE_EFFECTS = Symbol('EventFileEffects');
