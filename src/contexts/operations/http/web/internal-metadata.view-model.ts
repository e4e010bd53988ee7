import { formatDateTime } from '../../../../shared/web/template-filters.js';
import type { InternalMetadataOverview } from '../../application/internal-metadata.service.js';

/** "850 ms", "12.3 s", "4 min 5 s", "2 h 3 min" — short and exact enough for an admin page. */
export function formatDurationMs(ms: number | null): string {
  if (ms === null) return '';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const totalSeconds = Math.round(ms / 1000);
  if (totalSeconds < 3600) return `${Math.floor(totalSeconds / 60)} min ${totalSeconds % 60} s`;
  const minutes = Math.floor(totalSeconds / 60);
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

const OUTCOME_BADGES: Readonly<Record<string, string>> = { success: 'badge--ok', error: 'badge--bad' };

export function toInternalMetadataViewModel(overview: InternalMetadataOverview) {
  return {
    metadata: overview.metadata.map((m) => ({ key: m.key, value: m.value ?? '', createdAt: formatDateTime(m.createdAt), updatedAt: formatDateTime(m.updatedAt) })),
    outbox: {
      pending: overview.outbox.pending,
      oldestWait: overview.outbox.pending > 0 ? formatDurationMs(overview.outbox.oldestPendingSeconds * 1000) : '',
      lastError: overview.outbox.lastError ?? '',
      healthy: overview.outbox.pending === 0 || overview.outbox.lastError === null,
    },
    jobs: overview.jobs.map((j) => ({
      name: j.name,
      kind: j.kind,
      every: j.every ?? '',
      mode: j.mode,
      lastStartedAt: formatDateTime(j.lastStartedAt),
      lastFinishedAt: formatDateTime(j.lastFinishedAt),
      lastDuration: formatDurationMs(j.lastDurationMs),
      outcome: j.running ? 'running' : (j.lastOutcome ?? 'never run'),
      outcomeBadge: j.running ? '' : (OUTCOME_BADGES[j.lastOutcome ?? ''] ?? ''),
      detail: j.lastError ?? j.lastResult ?? '',
      runs: j.runs,
      failures: j.failures,
      skips: j.skips,
    })),
    migrations: overview.migrations.map((m) => ({ name: m.name, timestamp: m.timestamp })),
  };
}
