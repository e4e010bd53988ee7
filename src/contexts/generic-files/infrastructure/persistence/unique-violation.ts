/** A unique-index violation PostgreSQL reported: the index, and the column and value of its key. */
export interface UniqueViolation {
  readonly constraint: string;
  readonly column: string;
  readonly value: string;
}

/** The violation described by a driver error (code 23505), or null for any other error. */
export function uniqueViolationOf(error: unknown): UniqueViolation | null {
  const driverError = (error as { driverError?: { code?: string; constraint?: string; detail?: string } } | null)?.driverError;
  if (driverError?.code !== '23505') return null;
  const key = /^Key \((.+?)\)=\((.*)\) already exists\.?$/s.exec(driverError.detail ?? '');
  return { constraint: driverError.constraint ?? '', column: key?.[1] ?? '', value: key?.[2] ?? '' };
}
