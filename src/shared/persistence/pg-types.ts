import pg from 'pg';
import { fromPgTimestamp } from '../time/timestamp.js';

/**
 * Installs the value parsers every connection of the process uses, so that read models reach JSON
 * in the wire types the clients expect: int8 and numeric as numbers (ids, sizes and counts fit well
 * under 2^53), timestamps as canonical strings with microseconds, dates as `YYYY-MM-DD`.
 */
export function installPgTypeParsers(): void {
  const { types } = pg;
  types.setTypeParser(types.builtins.INT8, (v) => Number(v));
  types.setTypeParser(types.builtins.NUMERIC, (v) => Number(v));
  types.setTypeParser(types.builtins.TIMESTAMP, fromPgTimestamp);
  types.setTypeParser(types.builtins.TIMESTAMPTZ, fromPgTimestamp);
  types.setTypeParser(types.builtins.DATE, (v) => v);
}
