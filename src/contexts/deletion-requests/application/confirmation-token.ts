import { randomBytes } from 'node:crypto';
import bcrypt from 'bcryptjs';
import { BCRYPT_COST } from '../../../shared/domain/secret-token.js';

/** A new plaintext confirmation token: 16 random bytes as 32 lowercase hex characters. It is never stored. */
export const newConfirmationToken = (): string => randomBytes(16).toString('hex');

/**
 * The stored form of a token. bcryptjs writes `$2b$` hashes; `$2a$` (what the reference and the
 * deletion-request validation expect) is the same algorithm, so the salt is given that prefix.
 */
export async function hashConfirmationToken(token: string): Promise<string> {
  const salt = (await bcrypt.genSalt(BCRYPT_COST)).replace(/^\$2b\$/, '$2a$');
  return bcrypt.hash(token, salt);
}

export const confirmationTokenMatches = (token: string, hash: string): Promise<boolean> => bcrypt.compare(token, hash);
