import { FILE_PENDING_WORK_REASON, fileRestoreAction } from './generic-file.view-model.js';

describe(fileRestoreAction.name, () => {
  it('is shown for active files to users who may restore, disabled while work is pending', () => {
    expect(fileRestoreAction({ state: 'A', storage_option: 'Standard' }, true, false)).toEqual({ shown: true, disabledReason: null, label: 'Restore' });
    expect(fileRestoreAction({ state: 'A', storage_option: 'Standard' }, true, true).disabledReason).toBe(FILE_PENDING_WORK_REASON);
    expect(fileRestoreAction({ state: 'D', storage_option: 'Standard' }, true, false).shown).toBe(false);
    expect(fileRestoreAction({ state: 'A', storage_option: 'Standard' }, false, false).shown).toBe(false);
  });

  it('names the Glacier restore for Glacier-only storage', () => {
    expect(fileRestoreAction({ state: 'A', storage_option: 'Glacier-Deep-OR' }, true, false).label).toBe('Restore from Glacier');
  });
});
