import {
  collectErrors,
  failIf,
  fieldRef,
  isBlank,
  isOneOf,
  isPresentId,
  type ValidationError,
} from '../../../shared/domain/validation.js';
import type { Timestamp } from '../../../shared/time/timestamp.js';

/** `checksums.algorithm`. */
export const DIGEST_ALGORITHMS = ['md5', 'sha1', 'sha256', 'sha512'] as const;
export type DigestAlgorithm = (typeof DIGEST_ALGORITHMS)[number];

export interface ChecksumFields {
  readonly algorithm: string | null;
  /** When the digest was calculated. */
  readonly dateTime: Timestamp | null;
  /** Hex digest; its length and format are not checked (as in the reference). */
  readonly digest: string | null;
  readonly genericFileId: number | null;
}

const FIELDS = {
  digest: fieldRef('Digest', 'digest'),
  dateTime: fieldRef('DateTime', 'datetime'),
  algorithm: fieldRef('Algorithm', 'algorithm'),
  genericFileId: fieldRef('GenericFileID', 'generic_file_id'),
};

export function validateChecksum(checksum: ChecksumFields): ValidationError[] {
  return collectErrors(
    failIf(isBlank(checksum.digest), FIELDS.digest, 'Checksum Digest cannot be empty'),
    failIf(checksum.dateTime === null, FIELDS.dateTime, 'Checksum DateTime is required'),
    failIf(!isOneOf(DIGEST_ALGORITHMS, checksum.algorithm), FIELDS.algorithm, 'Checksum requires a valid algorithm'),
    failIf(!isPresentId(checksum.genericFileId), FIELDS.genericFileId, 'Checksum requires a valid file id'),
  );
}
