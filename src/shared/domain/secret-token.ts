/** Every bcrypt hash the registry stores starts with this (bcrypt 2a, cost 10, Devise-compatible). */
export const ENCRYPTED_TOKEN_PREFIX = '$2a$10$';

export const BCRYPT_COST = 10;

/** True when the value looks like one of our bcrypt hashes rather than a plaintext secret. */
export function looksEncrypted(value: string | null | undefined): boolean {
  return value != null && value.startsWith(ENCRYPTED_TOKEN_PREFIX);
}

const RANDOM_TOKEN = /^[0-9a-f]{32}$/;

/** The plaintext form of a random token: 16 random bytes as 32 lowercase hex characters. */
export function isRandomToken(value: string | null | undefined): boolean {
  return value != null && RANDOM_TOKEN.test(value);
}
