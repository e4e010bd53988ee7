import { ApiProperty } from '@nestjs/swagger';
import type { FailedFixityRun, FailedFixitySummary } from '../application/failed-fixity-alerts.service.js';

/** FailedFixitySummary: one institution's failed fixity checks of the run. */
export class FailedFixitySummaryResponse {
  @ApiProperty({ format: 'int64' }) failures: number;
  @ApiProperty({ format: 'int64' }) institution_id: number;
  @ApiProperty() institution_name: string;
  @ApiProperty({ description: 'Why the institution\'s alert could not be made; "" when it was.' }) error: string;
}

export interface FailedFixityRunEnvelope {
  readonly count: number;
  readonly next: string;
  readonly previous: string;
  readonly results: FailedFixitySummaryResponse[];
  readonly items: FailedFixitySummaryResponse[];
}

const toSummary = (s: FailedFixitySummary): FailedFixitySummaryResponse => ({
  failures: s.failures,
  institution_id: s.institutionId,
  institution_name: s.institutionName,
  error: s.error,
});

/** The list envelope the reference answers with: `count` is the total number of failures, not of summaries. */
export function toFailedFixityRunEnvelope(run: FailedFixityRun): FailedFixityRunEnvelope {
  const results = run.summaries.map(toSummary);
  return { count: run.totalFailures, next: '', previous: '', results, items: results };
}
