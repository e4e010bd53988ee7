import {
  collectErrors,
  failIf,
  fieldRef,
  isBlank,
  isOneOf,
  isPresentId,
  isUuid,
  type ValidationError,
} from '../../../shared/domain/validation.js';
import { EVENT_OUTCOMES, EVENT_TYPES, FIXITY_FAILED_OUTCOME, type PremisEventFields } from './premis-event.js';

const FIELDS = {
  agent: fieldRef('Agent', 'agent'),
  dateTime: fieldRef('DateTime', 'date_time'),
  detail: fieldRef('Detail', 'detail'),
  eventType: fieldRef('EventType', 'event_type'),
  identifier: fieldRef('Identifier', 'identifier'),
  institutionId: fieldRef('InstitutionID', 'institution_id'),
  intellectualObjectId: fieldRef('IntellectualObjectID', 'intellectual_object_id'),
  object: fieldRef('Object', 'object'),
  outcome: fieldRef('Outcome', 'outcome'),
  outcomeDetail: fieldRef('OutcomeDetail', 'outcome_detail'),
  outcomeInformation: fieldRef('OutcomeInformation', 'outcome_information'),
};

/** Outcomes a standalone admin-API create accepts: the validated two plus Preserv's fixity `Failed`. */
export const STANDALONE_EVENT_OUTCOMES: readonly string[] = [...EVENT_OUTCOMES, FIXITY_FAILED_OUTCOME];

/** The reference's event validation, used for events nested in file saves and for deletion events. */
export function validatePremisEvent(event: PremisEventFields): ValidationError[] {
  return validateWithOutcomes(event, EVENT_OUTCOMES);
}

/**
 * For `POST /events/create`.
 * Fix (reference quirk, §4.7): the reference inserts standalone events without validation; we validate them.
 * Keep (reference quirk, Preserv depends on it): outcome `Failed` stays accepted, because Preserv records
 * fixity mismatches with it and rejecting it would lose them.
 */
export function validateStandalonePremisEvent(event: PremisEventFields): ValidationError[] {
  return validateWithOutcomes(event, STANDALONE_EVENT_OUTCOMES);
}

function validateWithOutcomes(event: PremisEventFields, outcomes: readonly string[]): ValidationError[] {
  return collectErrors(
    failIf(isBlank(event.agent), FIELDS.agent, 'Event Agent cannot be empty'),
    failIf(event.dateTime === null, FIELDS.dateTime, 'Event DateTime is required'),
    failIf(isBlank(event.detail), FIELDS.detail, 'Event Detail cannot be empty'),
    failIf(!isOneOf(EVENT_TYPES, event.eventType), FIELDS.eventType, 'Event requires a valid EventType'),
    failIf(!isUuid(event.identifier), FIELDS.identifier, 'Event identifier should be a UUID'),
    failIf(!isPresentId(event.institutionId), FIELDS.institutionId, 'Event requires a valid institution id'),
    failIf(!isPresentId(event.intellectualObjectId), FIELDS.intellectualObjectId, 'Event requires a valid intellectual object id'),
    failIf(isBlank(event.object), FIELDS.object, 'Event Object cannot be empty'),
    failIf(!isOneOf(outcomes, event.outcome), FIELDS.outcome, 'Event requires a valid Outcome value'),
    failIf(isBlank(event.outcomeDetail), FIELDS.outcomeDetail, 'Event OutcomeDetail cannot be empty'),
    failIf(isBlank(event.outcomeInformation), FIELDS.outcomeInformation, 'Event OutcomeInformation cannot be empty'),
  );
}
