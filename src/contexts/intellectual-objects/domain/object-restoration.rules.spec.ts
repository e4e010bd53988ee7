import { DELETED_OBJECT_RESTORE_MESSAGE, objectRestorationRefusal, PENDING_WORK_MESSAGE } from './object-restoration.rules.js';

describe('objectRestorationRefusal', () => {
  it('allows an active object without pending work', () => {
    expect(objectRestorationRefusal({ state: 'A', hasPendingWork: false })).toBeNull();
  });

  it('refuses pending work first, then a deleted object', () => {
    expect(objectRestorationRefusal({ state: 'D', hasPendingWork: true })).toBe(PENDING_WORK_MESSAGE);
    expect(objectRestorationRefusal({ state: 'D', hasPendingWork: false })).toBe(DELETED_OBJECT_RESTORE_MESSAGE);
  });
});
