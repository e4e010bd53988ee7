import {
  collectErrors,
  failIf,
  fieldRef,
  isBlank,
  isOneOf,
  isPresentId,
  type ValidationError,
} from '../../../shared/domain/validation.js';
import { ALERT_TYPES, type AlertFields } from './alert.js';

const FIELDS = {
  institutionId: fieldRef('InstitutionID', 'institution_id'),
  type: fieldRef('Type', 'type'),
  content: fieldRef('Content', 'content'),
};

export function validateAlert(alert: AlertFields): ValidationError[] {
  return collectErrors(
    failIf(!isPresentId(alert.institutionId), FIELDS.institutionId, 'InstitutionID is required.'),
    failIf(!isOneOf(ALERT_TYPES, alert.type), FIELDS.type, 'Alert type is missing or invalid.'),
    failIf(isBlank(alert.content), FIELDS.content, 'Alert content cannot be empty.'),
  );
}
