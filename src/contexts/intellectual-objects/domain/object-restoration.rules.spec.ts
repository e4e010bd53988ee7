import { PENDING_WORK_ITEMS_MESSAGE } from '../../../shared/domain/pending-work.js';
import { DELETED_OBJECT_RESTORE_MESSAGE, objectRestorationRefusal } from './object-restoration.rules.js';

describe('objectRestorationRefusal', () => {
  it('allows an active object without pending work', () => {
    expect(objectRestorationRefusal({ state: 'A', hasPendingWork: false })).toBeNull();
  });

  it('refuses pending work first, then a deleted object', () => {
    expect(objectRestorationRefusal({ state: 'D', hasPendingWork: true })).toBe(PENDING_WORK_ITEMS_MESSAGE);
    expect(objectRestorationRefusal({ state: 'D', hasPendingWork: false })).toBe(DELETED_OBJECT_RESTORE_MESSAGE);
  });
});
