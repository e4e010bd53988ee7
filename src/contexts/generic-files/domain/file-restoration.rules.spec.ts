import { PENDING_WORK_ITEMS_MESSAGE } from '../../../shared/domain/pending-work.js';
import { DELETED_FILE_RESTORE_MESSAGE, fileRestorationRefusal } from './file-restoration.rules.js';

describe(fileRestorationRefusal.name, () => {
  const ok = { state: 'A', fileHasPendingWork: false, objectHasPendingWork: false };

  it('allows an active file without pending work', () => {
    expect(fileRestorationRefusal(ok)).toBeNull();
  });

  it('refuses while the file or its object has pending work', () => {
    expect(fileRestorationRefusal({ ...ok, fileHasPendingWork: true })).toBe(PENDING_WORK_ITEMS_MESSAGE);
    expect(fileRestorationRefusal({ ...ok, objectHasPendingWork: true })).toBe(PENDING_WORK_ITEMS_MESSAGE);
  });

  it('refuses deleted files', () => {
    expect(fileRestorationRefusal({ ...ok, state: 'D' })).toBe(DELETED_FILE_RESTORE_MESSAGE);
  });
});
