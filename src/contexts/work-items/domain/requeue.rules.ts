import {
  ACTION_INGEST,
  hasCompleted,
  INGEST_STAGES,
  STAGE_REQUESTED,
  STATUS_PENDING,
  type IngestStage,
  type WorkItemAction,
  type WorkItemFields,
} from './work-item.js';

/** NSQ topic of each ingest stage. */
export const INGEST_STAGE_TOPICS = {
  Receive: 'ingest01_prefetch',
  Validate: 'ingest02_bag_validation',
  'Reingest Check': 'ingest03_reingest_check',
  'Copy To Staging': 'ingest04_staging',
  'Format Identification': 'ingest05_format_identification',
  Store: 'ingest06_storage',
  'Storage Validation': 'ingest07_storage_validation',
  Record: 'ingest08_record',
  Cleanup: 'ingest09_cleanup',
} as const satisfies Record<IngestStage, string>;

/** NSQ topic of each non-ingest action, whatever the stage. */
export const ACTION_TOPICS = {
  Delete: 'delete_item',
  'Restore File': 'restore_file',
  'Glacier Restore': 'restore_glacier',
  'Restore Object': 'restore_object',
} as const satisfies Record<Exclude<WorkItemAction, 'Ingest'>, string>;

export const REQUEUE_INVALID_STAGE_MESSAGE = 'item cannot be requeued to the specified stage';
export const REQUEUE_COMPLETED_MESSAGE = 'completed items cannot be requeued';

const isIngestStage = (stage: string): stage is IngestStage => (INGEST_STAGES as readonly string[]).includes(stage);
const isTopicAction = (action: string): action is keyof typeof ACTION_TOPICS => Object.hasOwn(ACTION_TOPICS, action);

/** The topic an item of this action is published to at this stage; null when the pair has none. */
export function requeueTopic(action: string | null, stage: string | null): string | null {
  if (action === ACTION_INGEST) return stage !== null && isIngestStage(stage) ? INGEST_STAGE_TOPICS[stage] : null;
  return action !== null && isTopicAction(action) ? ACTION_TOPICS[action] : null;
}

export interface RequeueChanges {
  readonly stage: string;
  readonly status: string;
  readonly retry: true;
  readonly needsAdminReview: false;
  /** Null, not '': Preserv's queue sweeper selects unclaimed items with `node__is_null`. */
  readonly node: null;
  readonly outcome: null;
  readonly pid: 0;
  readonly note: string;
}

export type RequeueResult =
  | { readonly ok: true; readonly topic: string; readonly changes: RequeueChanges }
  | { readonly ok: false; readonly error: string };

export interface RequeueOptions {
  /** Explicit sys-admin override to requeue a Success, Failed or Cancelled item. */
  readonly allowCompleted?: boolean;
}

/**
 * The changes that put an item back in the queue at `stage`, and the topic to publish it to.
 * Fix (reference quirk, workflows §3.7): the reference's handlers requeue completed items although the
 * web form refuses them; we refuse them too unless `allowCompleted` is given explicitly.
 */
export function requeue(item: Pick<WorkItemFields, 'action' | 'status'>, stage: string, options: RequeueOptions = {}): RequeueResult {
  const topic = requeueTopic(item.action, stage);
  if (topic === null) return { ok: false, error: REQUEUE_INVALID_STAGE_MESSAGE };
  if (hasCompleted(item.status) && !options.allowCompleted) return { ok: false, error: REQUEUE_COMPLETED_MESSAGE };
  return {
    ok: true,
    topic,
    changes: { stage, status: STATUS_PENDING, retry: true, needsAdminReview: false, node: null, outcome: null, pid: 0, note: `Requeued for ${stage}` },
  };
}

/**
 * Stages the requeue form offers: for ingests every stage from Receive up to the current one (all nine
 * when the current stage is not an ingest stage); for other actions only Requested.
 */
export function requeueStageChoices(item: Pick<WorkItemFields, 'action' | 'stage'>): string[] {
  if (item.action !== ACTION_INGEST) return [STAGE_REQUESTED];
  const current = item.stage !== null && isIngestStage(item.stage) ? INGEST_STAGES.indexOf(item.stage) : INGEST_STAGES.length - 1;
  return INGEST_STAGES.slice(0, current + 1);
}
