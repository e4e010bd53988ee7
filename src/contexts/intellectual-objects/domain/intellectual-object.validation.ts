import { INVALID_STATE_MESSAGE, OBJECT_STATES } from '../../../shared/domain/object-state.js';
import { STORAGE_OPTIONS } from '../../../shared/domain/storage-option.js';
import {
  collectErrors,
  failIf,
  fieldRef,
  isBlank,
  isOneOf,
  isPresentId,
  type ValidationError,
} from '../../../shared/domain/validation.js';
import { ACCESS_VALUES } from './access.js';
import { DEFAULT_BAGIT_PROFILE_IDENTIFIER } from './bagit-profile.js';
import type { IntellectualObjectFields } from './intellectual-object.js';

const FIELDS = {
  title: fieldRef('Title', 'title'),
  identifier: fieldRef('Identifier', 'identifier'),
  state: fieldRef('State', 'state'),
  access: fieldRef('Access', 'access'),
  institutionId: fieldRef('InstitutionID', 'institution_id'),
  storageOption: fieldRef('StorageOption', 'storage_option'),
  bagitProfileIdentifier: fieldRef('BagItProfileIdentifier', 'bagit_profile_identifier'),
};

export function validateIntellectualObject(obj: IntellectualObjectFields): ValidationError[] {
  return collectErrors(
    failIf(isBlank(obj.title), FIELDS.title, 'Title is required'),
    failIf(isBlank(obj.identifier), FIELDS.identifier, 'Identifier is required'),
    failIf(!isOneOf(OBJECT_STATES, obj.state), FIELDS.state, INVALID_STATE_MESSAGE),
    failIf(!isOneOf(ACCESS_VALUES, obj.access), FIELDS.access, 'Invalid access value'),
    failIf(!isPresentId(obj.institutionId), FIELDS.institutionId, 'Invalid institution id'),
    failIf(!isOneOf(STORAGE_OPTIONS, obj.storageOption), FIELDS.storageOption, 'Invalid storage option'),
    failIf(isBlank(obj.bagitProfileIdentifier), FIELDS.bagitProfileIdentifier, 'BagItProfileIdentifier is required'),
  );
}

/** What every save does before validating: a blank BagIt profile becomes the default APTrust profile. */
export function applyObjectDefaults<T extends Pick<IntellectualObjectFields, 'bagitProfileIdentifier'>>(obj: T): T {
  return isBlank(obj.bagitProfileIdentifier) ? { ...obj, bagitProfileIdentifier: DEFAULT_BAGIT_PROFILE_IDENTIFIER } : obj;
}
