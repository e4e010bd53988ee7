import {
  collectErrors,
  failIf,
  fieldRef,
  isPermissiveUrl,
  isPresentId,
  type ValidationError,
} from '../../../shared/domain/validation.js';

/** Where one preservation copy of a file lives, e.g. `https://host/preservation-va/<file uuid>`. */
export interface StorageRecordFields {
  readonly genericFileId: number | null;
  readonly url: string | null;
}

const FIELDS = {
  genericFileId: fieldRef('GenericFileID', 'generic_file_id'),
  url: fieldRef('URL', 'url'),
};

export function validateStorageRecord(record: StorageRecordFields): ValidationError[] {
  return collectErrors(
    failIf(!isPresentId(record.genericFileId), FIELDS.genericFileId, 'Storage record requires a valid file id'),
    failIf(!isPermissiveUrl(record.url), FIELDS.url, 'Storage record requires a valid URL'),
  );
}
