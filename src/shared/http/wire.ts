import { ZERO_TIME, type Timestamp } from '../time/timestamp.js';

/**
 * The reference's JSON has no nulls for scalars: a missing value is its type's zero value.
 * Response mappers write every field through one of these.
 */
export const wire = {
  str: (value: string | null | undefined): string => value ?? '',
  int: (value: number | null | undefined): number => value ?? 0,
  num: (value: number | null | undefined): number => value ?? 0,
  bool: (value: boolean | null | undefined): boolean => value ?? false,
  time: (value: Timestamp | null | undefined): string => value ?? ZERO_TIME,
} as const;
