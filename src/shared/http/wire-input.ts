import { registerDecorator, type ValidationOptions } from 'class-validator';
import { InvalidTimestampError, parseClientTimestamp, type Timestamp } from '../time/timestamp.js';

/**
 * Reading request bodies the way the reference's clients write them (Go's encoding/json): a zero
 * value means "none" and is stored as NULL, as the reference's ORM does. `0` ids, `""` strings and
 * `0001-01-01T00:00:00Z` times all become null.
 */
export const fromWire = {
  id: (value: number | null | undefined): number | null => (value ? value : null),
  str: (value: string | null | undefined): string | null => (value ? value : null),
  /** Numbers where 0 is a real value (sizes). */
  num: (value: number | null | undefined): number | null => value ?? null,
  time: (value: string | null | undefined): Timestamp | null => (value ? parseClientTimestamp(value) : null),
  bool: (value: boolean | null | undefined): boolean => value ?? false,
} as const;

/** An RFC 3339 timestamp (any fraction digits, `Z` or an offset), or null. */
export function IsWireTime(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isWireTime',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `${String(propertyName)} must be an RFC 3339 timestamp`, ...options },
      validator: {
        validate(value: unknown) {
          if (value === null || value === undefined) return true;
          if (typeof value !== 'string') return false;
          try {
            parseClientTimestamp(value);
            return true;
          } catch (error) {
            if (error instanceof InvalidTimestampError) return false;
            throw error;
          }
        },
      },
    });
}

/** The largest value of an int4 column (most ids). */
export const INT4_MAX = 2_147_483_647;
