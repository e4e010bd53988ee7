import { INGEST_STAGE_TOPICS } from './requeue.rules.js';
import { ACTION_INGEST, ACTION_RESTORE_FILE, ACTION_RESTORE_OBJECT } from './work-item.js';

/**
 * The fields of Preserv's Redis hash that hold an item's interim data (workflows.md §9.2): for an
 * ingest the object and each stage's work result, for a restoration the restoration record.
 */
export function interimDataFields(action: string | null, objectIdentifier: string): string[] {
  if (action === ACTION_INGEST) return [`object:${objectIdentifier}`, ...Object.values(INGEST_STAGE_TOPICS).map((topic) => `workresult:${topic}`)];
  if (action === ACTION_RESTORE_OBJECT || action === ACTION_RESTORE_FILE) return [`restoration:${objectIdentifier}`];
  return [];
}

/** The fields found, as one pretty-printed JSON document keyed by field (values that are not JSON kept as text). */
export function interimDataDocument(fields: Readonly<Record<string, string>>): string {
  const document: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(fields)) {
    try {
      document[field] = JSON.parse(value);
    } catch {
      document[field] = value;
    }
  }
  return JSON.stringify(document, null, 2);
}
