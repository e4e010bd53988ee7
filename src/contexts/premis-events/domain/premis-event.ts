import type { Timestamp } from '../../../shared/time/timestamp.js';

/** The event types validation accepts. */
export const EVENT_TYPES = [
  'access assignment',
  'creation',
  'deletion',
  'message digest calculation',
  'fixity check',
  'identifier assignment',
  'ingestion',
  'replication',
  'validation',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** PREMIS types the reference defines as constants but its validation rejects. */
export const REJECTED_EVENT_TYPES = [
  'capture',
  'compression',
  'deaccession',
  'decompression',
  'decryption',
  'migration',
  'normalization',
  'digital signature validation',
  'virus check',
] as const;

export const EVENT_DELETION: EventType = 'deletion';
export const EVENT_FIXITY_CHECK: EventType = 'fixity check';
export const EVENT_INGESTION: EventType = 'ingestion';

export const EVENT_OUTCOMES = ['Success', 'Failure'] as const;
export type EventOutcome = (typeof EVENT_OUTCOMES)[number];

export const OUTCOME_SUCCESS: EventOutcome = 'Success';
export const OUTCOME_FAILURE: EventOutcome = 'Failure';

/** What Preserv writes for a fixity mismatch, and what the failed-fixity report searches for. */
export const FIXITY_FAILED_OUTCOME = 'Failed';

export interface PremisEventFields {
  /** A UUID. */
  readonly identifier: string | null;
  readonly eventType: string | null;
  readonly dateTime: Timestamp | null;
  readonly outcomeDetail: string | null;
  readonly detail: string | null;
  readonly outcomeInformation: string | null;
  readonly object: string | null;
  readonly agent: string | null;
  readonly intellectualObjectId: number | null;
  /** Null for object-level events. */
  readonly genericFileId: number | null;
  readonly outcome: string | null;
  readonly institutionId: number | null;
}
