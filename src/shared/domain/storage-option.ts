import type { Timestamp } from '../time/timestamp.js';
import { addDays, isBefore } from './timestamp-order.js';

export const STORAGE_OPTIONS = [
  'Glacier-Deep-OH',
  'Glacier-Deep-OR',
  'Glacier-Deep-VA',
  'Glacier-OH',
  'Glacier-OR',
  'Glacier-VA',
  'Standard',
  'Wasabi-OR',
  'Wasabi-TX',
  'Wasabi-VA',
] as const;
export type StorageOption = (typeof STORAGE_OPTIONS)[number];

export const DEFAULT_STORAGE_OPTION: StorageOption = 'Standard';

/** Options whose only copy is in Glacier; restoring them needs the `Glacier Restore` action. */
export const GLACIER_ONLY_OPTIONS: readonly StorageOption[] = [
  'Glacier-OH',
  'Glacier-OR',
  'Glacier-VA',
  'Glacier-Deep-OH',
  'Glacier-Deep-OR',
  'Glacier-Deep-VA',
];

const GLACIER_OPTIONS: readonly StorageOption[] = ['Glacier-OH', 'Glacier-OR', 'Glacier-VA'];
const GLACIER_DEEP_OPTIONS: readonly StorageOption[] = ['Glacier-Deep-OH', 'Glacier-Deep-OR', 'Glacier-Deep-VA'];
const WASABI_OPTIONS: readonly StorageOption[] = ['Wasabi-OR', 'Wasabi-TX', 'Wasabi-VA'];

/** Minimum retention in days per storage class, from configuration. */
export interface RetentionMinimums {
  readonly glacier: number;
  readonly glacierDeep: number;
  readonly wasabi: number;
  readonly standard: number;
}

export function isGlacierOnly(option: string | null | undefined): boolean {
  return (GLACIER_ONLY_OPTIONS as readonly (string | null | undefined)[]).includes(option);
}

export function retentionDays(option: string | null | undefined, retention: RetentionMinimums): number {
  const known = option as StorageOption;
  if (GLACIER_OPTIONS.includes(known)) return retention.glacier;
  if (GLACIER_DEEP_OPTIONS.includes(known)) return retention.glacierDeep;
  // Fix (reference quirk): the reference's switch omits Wasabi-TX, giving it 0 days; it gets the Wasabi minimum.
  if (WASABI_OPTIONS.includes(known)) return retention.wasabi;
  if (known === 'Standard') return retention.standard;
  return 0;
}

/** `created_at` plus the retention days of the storage option. */
export function earliestDeletionDate(createdAt: Timestamp, option: string | null | undefined, retention: RetentionMinimums): Timestamp {
  return addDays(createdAt, retentionDays(option, retention));
}

/** Deletion is allowed once the earliest deletion date is strictly before now. */
export function hasPassedRetentionPeriod(
  createdAt: Timestamp,
  option: string | null | undefined,
  retention: RetentionMinimums,
  now: Timestamp,
): boolean {
  return isBefore(earliestDeletionDate(createdAt, option, retention), now);
}
