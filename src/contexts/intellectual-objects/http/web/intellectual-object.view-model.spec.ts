import { DELETED_REASON, objectActions, PENDING_WORK_REASON, toObjectDetailViewModel } from './intellectual-object.view-model.js';
import type { IntellectualObjectViewRow } from '../../application/intellectual-object.read-model.js';

const facts = { state: 'A', hasPendingWork: false, passedRetention: true, earliestDeletion: '2024-04-01', mayRestore: true, mayRequestDelete: true };

describe(objectActions.name, () => {
  it('enables both actions for an active object without pending work past its retention period', () => {
    expect(objectActions(facts)).toEqual({ restore: { shown: true, disabledReason: null }, requestDelete: { shown: true, disabledReason: null } });
  });

  it('disables both while work is pending, and both for deleted objects', () => {
    expect(objectActions({ ...facts, hasPendingWork: true }).restore.disabledReason).toBe(PENDING_WORK_REASON);
    expect(objectActions({ ...facts, hasPendingWork: true }).requestDelete.disabledReason).toBe(PENDING_WORK_REASON);
    expect(objectActions({ ...facts, state: 'D' }).restore.disabledReason).toBe(DELETED_REASON);
  });

  it('disables only delete before the earliest deletion date, and hides what the user may not do', () => {
    const actions = objectActions({ ...facts, passedRetention: false, mayRestore: false });
    expect(actions.restore.shown).toBe(false);
    expect(actions.requestDelete.disabledReason).toContain('2024-04-01');
  });
});

describe(toObjectDetailViewModel.name, () => {
  it('computes the earliest deletion date from the storage option and sizes the format rows', () => {
    const object = { created_at: '2024-01-01T10:00:00Z', storage_option: 'Glacier-OH', size: 2048, payload_size: 1024, state: 'A' } as unknown as IntellectualObjectViewRow;
    const view = toObjectDetailViewModel(object, [
      { file_format: 'text/plain', file_count: 2, total_bytes: 2048, is_total: false },
      { file_format: 'Total', file_count: 2, total_bytes: 2048, is_total: true },
    ], { glacier: 90, glacierDeep: 180, wasabi: 90, standard: 0 });
    expect(view.earliestDeletionDate).toBe('2024-03-31');
    expect(view.glacierOnly).toBe(true);
    expect(view.size).toBe('2.0 kB');
    expect(view.formatStats.map((s) => [s.file_format, s.size])).toEqual([['text/plain', '2.0 kB'], ['Total', '2.0 kB']]);
  });
});
