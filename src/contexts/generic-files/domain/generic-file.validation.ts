import { INVALID_STATE_MESSAGE, OBJECT_STATES } from '../../../shared/domain/object-state.js';
import { STORAGE_OPTIONS } from '../../../shared/domain/storage-option.js';
import {
  collectErrors,
  byteLength,
  failIf,
  fieldRef,
  firstFailure,
  isBlank,
  isOneOf,
  isPresentId,
  isUuid,
  type ValidationError,
} from '../../../shared/domain/validation.js';
import type { GenericFileFields } from './generic-file.js';

const FIELDS = {
  fileFormat: fieldRef('FileFormat', 'file_format'),
  identifier: fieldRef('Identifier', 'identifier'),
  state: fieldRef('State', 'state'),
  size: fieldRef('Size', 'size'),
  institutionId: fieldRef('InstitutionID', 'institution_id'),
  intellectualObjectId: fieldRef('IntellectualObjectID', 'intellectual_object_id'),
  storageOption: fieldRef('StorageOption', 'storage_option'),
  uuid: fieldRef('UUID', 'uuid'),
};

/**
 * Identifiers are unique through a B-tree index, whose entries PostgreSQL caps at about 2,700
 * bytes; a longer identifier would fail as a database error instead of a validation message.
 */
export const MAX_IDENTIFIER_BYTES = 2048;

export function validateGenericFile(file: GenericFileFields): ValidationError[] {
  return collectErrors(
    failIf(isBlank(file.fileFormat), FIELDS.fileFormat, 'FileFormat is required'),
    firstFailure(FIELDS.identifier, [
      [isBlank(file.identifier), 'Identifier is required'],
      [byteLength(file.identifier) > MAX_IDENTIFIER_BYTES, `Identifier cannot be longer than ${MAX_IDENTIFIER_BYTES} bytes`],
    ]),
    failIf(!isOneOf(OBJECT_STATES, file.state), FIELDS.state, INVALID_STATE_MESSAGE),
    failIf((file.size ?? 0) < 0, FIELDS.size, 'Size cannot be negative'),
    failIf(!isPresentId(file.institutionId), FIELDS.institutionId, 'Invalid institution id'),
    failIf(!isPresentId(file.intellectualObjectId), FIELDS.intellectualObjectId, 'Intellectual object ID is required'),
    failIf(!isOneOf(STORAGE_OPTIONS, file.storageOption), FIELDS.storageOption, 'Invalid storage option'),
    failIf(!isUuid(file.uuid), FIELDS.uuid, 'Valid UUID required'),
  );
}
