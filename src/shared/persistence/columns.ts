import { Column, type ColumnOptions, type ValueTransformer } from 'typeorm';
import { fromDate, fromPgTimestamp, toPgTimestamp, type Timestamp } from '../time/timestamp.js';

/**
 * Column decorators for the ORM entities. Timestamps stay canonical strings (see time/timestamp.ts):
 * on the way in the value is wrapped so TypeORM passes it untouched to the pg driver; on the way
 * out an entity read yields a string again. Entity hydration goes through a JS Date inside TypeORM
 * and keeps milliseconds only, so exact reads use the raw read queries.
 */
const timestampTransformer: ValueTransformer = {
  to(value: Timestamp | null | undefined) {
    if (value === null || value === undefined) return value;
    const text = toPgTimestamp(value);
    return { toPostgres: () => text };
  },
  from(value: unknown): Timestamp | null {
    if (value === null || value === undefined) return null;
    if (value instanceof Date) return fromDate(value);
    return fromPgTimestamp(String(value));
  },
};

type Nullability = { nullable?: boolean; default?: ColumnOptions['default']; name?: string };

export function TimestampColumn(options: Nullability = {}): PropertyDecorator {
  return Column({ type: 'timestamp without time zone', transformer: timestampTransformer, ...options });
}

/** int8 columns; the pg type parser installed in persistence/pg-types.ts turns them into numbers. */
export function BigIntColumn(options: Nullability = {}): PropertyDecorator {
  return Column({ type: 'bigint', ...options });
}
