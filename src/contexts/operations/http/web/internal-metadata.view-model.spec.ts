import { formatDurationMs, toInternalMetadataViewModel } from './internal-metadata.view-model.js';

describe('internal metadata view model', () => {
  it.each([
    [null, ''],
    [850, '850 ms'],
    [12_345, '12.3 s'],
    [245_000, '4 min 5 s'],
    [7_380_000, '2 h 3 min'],
  ])('formats %p ms as %p', (ms, text) => {
    expect(formatDurationMs(ms)).toBe(text);
  });

  it('shows the outbox backlog and each job with its last outcome', () => {
    const job = {
      name: 'current-deposit-stats', kind: 'scheduled' as const, every: '1h', mode: 'in-process' as const, lastStartedAt: '2026-11-23T03:00:00Z', lastFinishedAt: '2026-11-23T03:00:01.5Z',
      lastSkippedAt: null, lastDurationMs: 1500, lastOutcome: 'error' as const, lastError: 'boom', lastResult: null, running: false, runs: 3, failures: 1, skips: 0,
    };
    const view = toInternalMetadataViewModel({
      metadata: [{ key: 'spot restore is running', value: 'false', createdAt: '2026-11-23T03:47:29.042048Z', updatedAt: '2026-11-23T03:47:29Z' }],
      outbox: { pending: 4, oldestPendingSeconds: 125, lastError: 'nsqd down' },
      jobs: [job, { ...job, name: 'never', lastOutcome: null, lastError: null, lastDurationMs: null, running: true }],
      migrations: [{ name: 'CreateDepositStats1700000000006', timestamp: 1700000000006 }],
    });
    expect(view.metadata[0]).toEqual({ key: 'spot restore is running', value: 'false', createdAt: 'Nov 23, 2026 03:47:29', updatedAt: 'Nov 23, 2026 03:47:29' });
    expect(view.outbox).toEqual({ pending: 4, oldestWait: '2 min 5 s', lastError: 'nsqd down', healthy: false });
    expect(view.jobs[0]).toMatchObject({ outcome: 'error', outcomeBadge: 'badge--bad', lastDuration: '1.5 s', detail: 'boom' });
    expect(view.jobs[1]).toMatchObject({ outcome: 'running', outcomeBadge: '', lastDuration: '' });
  });
});
