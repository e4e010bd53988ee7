import { DELETED_FILE_RESTORE_MESSAGE, FILE_PENDING_WORK_MESSAGE, fileRestorationRefusal } from './file-restoration.rules.js';

describe(fileRestorationRefusal.name, () => {
  const ok = { state: 'A', fileHasPendingWork: false, objectHasPendingWork: false };

  it('allows an active file without pending work', () => {
    expect(fileRestorationRefusal(ok)).toBeNull();
  });

  it('refuses while the file or its object has pending work', () => {
    expect(fileRestorationRefusal({ ...ok, fileHasPendingWork: true })).toBe(FILE_PENDING_WORK_MESSAGE);
    expect(fileRestorationRefusal({ ...ok, objectHasPendingWork: true })).toBe(FILE_PENDING_WORK_MESSAGE);
  });

  it('refuses deleted files', () => {
    expect(fileRestorationRefusal({ ...ok, state: 'D' })).toBe(DELETED_FILE_RESTORE_MESSAGE);
  });
});
