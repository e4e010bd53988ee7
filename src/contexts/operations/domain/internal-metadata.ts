import { collectErrors, failIf, fieldRef, isBlank, type ValidationError } from '../../../shared/domain/validation.js';

/** The `ar_internal_metadata` keys the registry reads and writes. */
export const METADATA_KEYS = {
  updateCountsIsRunning: 'update counts is running',
  currentDepositStatsIsRunning: 'current_deposit_stats is running',
  historicalDepositStatsIsRunning: 'historical deposit stats is running',
  spotRestoreIsRunning: 'spot restore is running',
  spotRestoreLastRun: 'spot restore last run',
  fixityAlertsLastRun: 'fixity alerts last run',
} as const;
export type MetadataKey = (typeof METADATA_KEYS)[keyof typeof METADATA_KEYS];

export const METADATA_TRUE = 'true';
export const METADATA_FALSE = 'false';

export interface InternalMetadataFields {
  readonly key: string | null;
  readonly value: string | null;
}

const FIELDS = {
  key: fieldRef('Key', 'key'),
  value: fieldRef('Value', 'value'),
};

export function validateInternalMetadata(metadata: InternalMetadataFields): ValidationError[] {
  return collectErrors(
    failIf(isBlank(metadata.key), FIELDS.key, 'InternalMetadata key cannot be empty'),
    failIf(isBlank(metadata.value), FIELDS.value, 'InternalMetadata value cannot be empty'),
  );
}
