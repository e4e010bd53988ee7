import { ApiProperty } from '@nestjs/swagger';
import { DomainError } from '../../../../shared/errors/domain-error.js';
import { INT4_MAX } from '../../../../shared/http/wire-input.js';
import type { BatchDeletionInput } from '../../application/batch-deletions.service.js';

/** More ids than any real batch has; a bound on what one request may lock and attach. */
export const MAX_BATCH_OBJECTS = 10_000;

/** The batch deletion body (camelCase, unlike the rest of the admin API). */
export class BatchDeletionRequestBody {
  @ApiProperty({ format: 'int64', description: 'The institution that owns the objects.' }) institutionId: number;
  @ApiProperty({ format: 'int64', description: 'The institutional admin on whose behalf the deletion is requested.' }) requestorId: number;
  @ApiProperty({ type: [Number], maxItems: MAX_BATCH_OBJECTS, description: 'Ids of active objects of the institution.' }) objectIds: number[];
  @ApiProperty({ format: 'uuid', description: 'The configured BATCH_DELETION_KEY.' }) secretKey: string;
}

/**
 * Reads the body as the reference's Go decoder does (missing fields are zero values), but answers
 * 400 naming each field of the wrong type instead of the reference's 500.
 */
export function parseBatchDeletionBody(body: unknown): BatchDeletionInput {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new DomainError('invalid', 'the body must be a JSON object');
  const value = body as Record<string, unknown>;
  const problems: string[] = [];
  const id = (name: string): number => {
    const field = value[name];
    if (field === undefined || field === null) return 0;
    if (!Number.isInteger(field) || (field as number) < 0 || (field as number) > INT4_MAX) problems.push(`${name} must be an integer id`);
    return field as number;
  };
  const institutionId = id('institutionId');
  const requestorId = id('requestorId');
  const ids = value.objectIds ?? [];
  if (!Array.isArray(ids) || ids.some((v) => !Number.isInteger(v) || v < 0 || v > INT4_MAX)) problems.push('objectIds must be an array of integer ids');
  else if (ids.length > MAX_BATCH_OBJECTS) problems.push(`objectIds must not hold more than ${MAX_BATCH_OBJECTS} ids`);
  const secretKey = value.secretKey ?? '';
  if (typeof secretKey !== 'string') problems.push('secretKey must be a string');
  if (problems.length > 0) throw new DomainError('invalid', problems.join('\n'));
  return { institutionId, requestorId, objectIds: ids as number[], secretKey: secretKey as string };
}
