import {
  collectErrors,
  failIf,
  fieldRef,
  firstFailure,
  isByteLengthBetween,
  isEmail,
  isOneOf,
  isPresentId,
  type ValidationError,
} from '../../../shared/domain/validation.js';
import type { Timestamp } from '../../../shared/time/timestamp.js';
import { PHONE_NUMBER_PATTERN } from './phone-number.js';
import { ROLE_SYS_ADMIN, ROLES } from './role.js';

export interface UserFields {
  readonly name: string | null;
  readonly email: string | null;
  /** Already normalized (see `normalizePhoneNumber`); the reference normalizes before validating. */
  readonly phoneNumber: string | null;
  readonly otpRequiredForLogin: boolean | null;
  readonly gracePeriod: Timestamp | null;
  readonly institutionId: number | null;
  readonly role: string | null;
  readonly encryptedPassword: string | null;
}

export interface UserValidationFacts {
  /** The id of the institution whose identifier is aptrust.org; null when it cannot be found. Needed only for role `admin`. */
  readonly aptrustInstitutionId: number | null;
}

const FIELDS = {
  name: fieldRef('Name', 'name'),
  email: fieldRef('Email', 'email'),
  phoneNumber: fieldRef('PhoneNumber', 'phone_number'),
  gracePeriod: fieldRef('GracePeriod', 'grace_period'),
  institutionId: fieldRef('InstitutionID', 'institution_id'),
  role: fieldRef('Role', 'role'),
  encryptedPassword: fieldRef('EncryptedPassword', 'encrypted_password'),
};

export function validateUser(user: UserFields, facts: UserValidationFacts): ValidationError[] {
  const phone = user.phoneNumber ?? '';
  const isSysAdminRole = user.role === ROLE_SYS_ADMIN;
  return collectErrors(
    failIf(!isByteLengthBetween(user.name, 2, 200), FIELDS.name, 'Name must contain at least 2 characters.'),
    failIf(!isEmail(user.email), FIELDS.email, 'Email address is required.'),
    failIf(phone !== '' && !PHONE_NUMBER_PATTERN.test(phone), FIELDS.phoneNumber, 'Please enter a phone number in format +2125551212.'),
    failIf(
      user.otpRequiredForLogin === true && user.gracePeriod === null,
      FIELDS.gracePeriod,
      'Enter a date specifying when this user must enable two-factor authentication.',
    ),
    failIf(!isPresentId(user.institutionId), FIELDS.institutionId, 'Please choose an institution.'),
    firstFailure(FIELDS.role, [
      [!isOneOf(ROLES, user.role), 'Please choose a role for this user.'],
      [isSysAdminRole && facts.aptrustInstitutionId === null, 'Internal error: cannot find institution.'],
      [isSysAdminRole && user.institutionId !== facts.aptrustInstitutionId, 'Sys Admin role is not valid for this institution.'],
    ]),
    failIf(!user.encryptedPassword, FIELDS.encryptedPassword, 'Encrypted password is missing.'),
  );
}
