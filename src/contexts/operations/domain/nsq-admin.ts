import { DomainError } from '../../../shared/errors/domain-error.js';

export const NSQ_OPERATIONS = ['pause', 'unpause', 'empty', 'delete'] as const;
export type NsqOperation = (typeof NSQ_OPERATIONS)[number];

export const NSQ_TARGET_TYPES = ['topic', 'channel'] as const;
export type NsqTargetType = (typeof NSQ_TARGET_TYPES)[number];

/** The ingest topics, in stage order (data-model.md §3.2); "Create Default Topics" makes these. */
export const INGEST_TOPICS = [
  'ingest01_prefetch',
  'ingest02_bag_validation',
  'ingest03_reingest_check',
  'ingest04_staging',
  'ingest05_format_identification',
  'ingest06_storage',
  'ingest07_storage_validation',
  'ingest08_record',
  'ingest09_cleanup',
] as const;

/** The worker channel created with each default topic. */
export const workerChannelOf = (topic: string): string => `${topic}_worker_chan`;

/** One action of the NSQ admin form (`POST /nsq/admin`). */
export interface NsqAdminCommand {
  readonly operation: NsqOperation;
  readonly targetType: NsqTargetType;
  readonly topicName: string;
  readonly channelName: string;
  readonly applyToAll: boolean;
}

export class InvalidNsqCommandError extends DomainError {
  constructor(message: string) {
    super('invalid', message);
  }
}

/** Reads the form; unknown operations or targets and missing names are refused. */
export function parseNsqAdminCommand(fields: Readonly<Record<string, string>>): NsqAdminCommand {
  const operation = fields.operation ?? '';
  const targetType = fields.targetType ?? '';
  if (!(NSQ_OPERATIONS as readonly string[]).includes(operation)) throw new InvalidNsqCommandError(`unknown operation: ${operation}`);
  if (!(NSQ_TARGET_TYPES as readonly string[]).includes(targetType)) throw new InvalidNsqCommandError(`unknown target type: ${targetType}`);
  const command: NsqAdminCommand = {
    operation: operation as NsqOperation,
    targetType: targetType as NsqTargetType,
    topicName: (fields.topicName ?? '').trim(),
    channelName: (fields.channelName ?? '').trim(),
    applyToAll: fields.applyToAll === 'true',
  };
  if (!command.applyToAll && command.topicName === '') throw new InvalidNsqCommandError('topic name is required');
  if (!command.applyToAll && command.targetType === 'channel' && command.channelName === '') throw new InvalidNsqCommandError('channel name is required');
  return command;
}

/** What the command acts on, as the flash message names it: the channel, the topic, "all channels" or "all topics". */
export function describeTarget(command: NsqAdminCommand): string {
  if (command.applyToAll) return command.targetType === 'channel' ? 'all channels' : 'all topics';
  return command.targetType === 'channel' ? command.channelName : command.topicName;
}

export const successMessage = (command: NsqAdminCommand): string => `Succeeded: ${command.operation} ${describeTarget(command)}`;

/** nsqd's HTTP endpoint for an operation on one topic or channel (names URL-escaped). */
export function nsqdActionPath(operation: NsqOperation | 'create', targetType: NsqTargetType, topic: string, channel = ''): string {
  const query = new URLSearchParams({ topic });
  if (targetType === 'channel') query.set('channel', channel);
  return `/${targetType}/${operation}?${query.toString()}`;
}
