import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PreparedStatement } from '../../../../shared/persistence/prepared-statement.js';
import type { FileWriteWithEvent } from '../../application/event-file-effects.port.js';
import type { NewPremisEvent, PremisEventRow } from '../../application/premis-event.record.js';
import { NOW_UTC, pgTimestampParam } from '../../../../shared/persistence/sql-time.js';

/** The parameters of an insert: one array per column. */
const COLUMN_PARAMETERS = 14;

/** Inserts the rows of the column arrays `$1`…`$14`, when `condition` holds. */
const insertSql = (condition = '') =>
  `INSERT INTO premis_events (identifier, event_type, date_time, outcome_detail, detail, outcome_information, object, agent,
     intellectual_object_id, generic_file_id, outcome, institution_id, old_uuid, created_at, updated_at)
   SELECT e.identifier, e.event_type, e.date_time, e.outcome_detail, e.detail, e.outcome_information, e.object, e.agent,
     e.intellectual_object_id, e.generic_file_id, e.outcome, e.institution_id, e.old_uuid, COALESCE(e.created_at, ${NOW_UTC}), ${NOW_UTC}
   FROM unnest($1::varchar[], $2::varchar[], $3::timestamp[], $4::varchar[], $5::varchar[], $6::varchar[], $7::varchar[], $8::varchar[],
     $9::int4[], $10::int4[], $11::varchar[], $12::int4[], $13::varchar[], $14::timestamp[])
     WITH ORDINALITY AS e(identifier, event_type, date_time, outcome_detail, detail, outcome_information, object, agent,
       intellectual_object_id, generic_file_id, outcome, institution_id, old_uuid, created_at, ord)
   ${condition}
   ORDER BY e.ord
   RETURNING id, identifier, event_type, date_time, outcome_detail, detail, outcome_information, object, agent, intellectual_object_id,
     generic_file_id, created_at, updated_at, outcome, institution_id, old_uuid`;

const INSERT = new PreparedStatement<PremisEventRow>('premis_events_insert', insertSql());
const insertsWithFileWrite = new Map<string, PreparedStatement<PremisEventRow>>();

/** The insert that runs `write` first and inserts only if the write returned a row. */
function insertWithFileWrite(write: FileWriteWithEvent): PreparedStatement<PremisEventRow> {
  let statement = insertsWithFileWrite.get(write.name);
  if (!statement) {
    const fileWrite = write.sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + COLUMN_PARAMETERS}`);
    statement = new PreparedStatement(`premis_event_insert_with_${write.name}`, `WITH file_write AS (${fileWrite}) ${insertSql('WHERE EXISTS (SELECT 1 FROM file_write)')}`);
    insertsWithFileWrite.set(write.name, statement);
  }
  return statement;
}

const columnsOf = (events: readonly NewPremisEvent[]): unknown[][] => [
  events.map((e) => e.identifier),
  events.map((e) => e.eventType),
  events.map((e) => pgTimestampParam(e.dateTime)),
  events.map((e) => e.outcomeDetail),
  events.map((e) => e.detail),
  events.map((e) => e.outcomeInformation),
  events.map((e) => e.object),
  events.map((e) => e.agent),
  events.map((e) => e.intellectualObjectId),
  events.map((e) => e.genericFileId),
  events.map((e) => e.outcome),
  events.map((e) => e.institutionId),
  events.map((e) => e.oldUuid ?? null),
  events.map((e) => pgTimestampParam(e.createdAt)),
];

/**
 * Inserts into `premis_events`. However many events, one statement: the values travel as one array
 * per column and `unnest` turns them back into rows.
 */
@Injectable()
export class PremisEventWriter {
  /** The inserted rows, in the order of `events`. */
  async insertMany(manager: EntityManager, events: readonly NewPremisEvent[]): Promise<PremisEventRow[]> {
    if (events.length === 0) return [];
    const rows = await INSERT.rows(manager, columnsOf(events));
    // The ids come from the sequence in the order the rows were inserted, which is the order of `events`.
    return rows.sort((a, b) => a.id - b.id);
  }

  /** One statement: `write`, then the event if the write found its file. Null, and nothing written, when it did not. */
  async insertWithFileWrite(manager: EntityManager, event: NewPremisEvent, write: FileWriteWithEvent): Promise<PremisEventRow | null> {
    const [row] = await insertWithFileWrite(write).rows(manager, [...columnsOf([event]), ...write.params]);
    return row ?? null;
  }
}
