import { randomBytes, randomInt } from 'node:crypto';
import type { Timestamp } from '../../../shared/time/timestamp.js';
import { toEpochMillis } from '../../../shared/time/timestamp.js';

/** Wrong codes a session may enter before it is ended and the user must sign in again. */
export const MAX_SECOND_FACTOR_FAILURES = 5;

export const BACKUP_CODE_COUNT = 6;

/** A 6-digit SMS code, zero-padded, drawn uniformly. */
export const newSmsCode = (): string => String(randomInt(0, 1_000_000)).padStart(6, '0');

/** Six single-use backup codes of 10 lowercase hex characters each, as the reference issues them. */
export const newBackupCodes = (): string[] => Array.from({ length: BACKUP_CODE_COUNT }, () => randomBytes(5).toString('hex'));

/** Codes are typed by people: spaces and dashes are ignored, letters compared in lower case. */
export const normalizeCode = (code: string): string => code.replace(/[\s-]/g, '').toLowerCase();

export function isCodeExpired(sentAt: Timestamp | null, lifetimeMs: number, now: Timestamp): boolean {
  return sentAt === null || toEpochMillis(now) >= toEpochMillis(sentAt) + lifetimeMs;
}

export const SMS_CODE_MESSAGE = (code: string): string => `Your Registry one time password is ${code}`;
