import type { Badge } from '../../../../shared/web/list-view.js';
import { EVENT_TYPES, FIXITY_FAILED_OUTCOME, OUTCOME_FAILURE, OUTCOME_SUCCESS } from '../../domain/index.js';
import type { PremisEventViewRow } from '../../application/premis-event.read-model.js';

export const EVENT_TYPE_CHOICES = EVENT_TYPES.map((t) => ({ value: t, label: t[0].toUpperCase() + t.slice(1) }));
/** Fixity failures are recorded as `Failed` (workflows.md §4.2); other failures as `Failure`. */
export const OUTCOME_CHOICES = [OUTCOME_SUCCESS, FIXITY_FAILED_OUTCOME, OUTCOME_FAILURE].map((o) => ({ value: o, label: o }));
export const EVENT_LEVEL_CHOICES = [
  { value: 'true', label: 'Object events only' },
  { value: 'false', label: 'File events only' },
];

export const EVENT_FILTER_LABELS: Readonly<Record<string, string>> = {
  event_type: 'Type',
  outcome: 'Outcome',
  institution_id: 'Institution',
  date_time__gteq: 'On or after',
  date_time__lteq: 'On or before',
  identifier: 'Event identifier',
  intellectual_object_id: 'Object id',
  intellectual_object_identifier: 'Object identifier',
  generic_file_id: 'File id',
  generic_file_identifier: 'File identifier',
  generic_file_id__is_null: 'Level',
};

export const EVENT_SORT_COLUMNS = {
  event_type: 'Type',
  date_time: 'Date',
  outcome: 'Outcome',
  institution_name: 'Institution',
  intellectual_object_identifier: 'Object',
  generic_file_identifier: 'File',
} as const;

export function outcomeBadge(outcome: string | null): Badge {
  if (outcome === OUTCOME_SUCCESS) return { label: outcome, tone: 'ok' };
  if (outcome === FIXITY_FAILED_OUTCOME || outcome === OUTCOME_FAILURE) return { label: outcome, tone: 'bad' };
  return { label: outcome ?? '', tone: '' };
}

export interface EventViewModel extends PremisEventViewRow {
  readonly outcomeBadge: Badge;
  readonly href: string;
  readonly objectHref: string | null;
  readonly fileHref: string | null;
}

export function toEventViewModel(row: PremisEventViewRow): EventViewModel {
  return {
    ...row,
    outcomeBadge: outcomeBadge(row.outcome),
    href: `/events/show/${row.id}`,
    objectHref: row.intellectual_object_id ? `/objects/show/${row.intellectual_object_id}` : null,
    fileHref: row.generic_file_id ? `/files/show/${row.generic_file_id}` : null,
  };
}
