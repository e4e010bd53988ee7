import type { AlertViewRow } from '../../application/alert.read-model.js';
import { alertIdsOf, returnPathFrom, toAlertViewModel } from './alert.view-model.js';

describe(toAlertViewModel.name, () => {
  it('links the recipient copy and marks it unread and own', () => {
    expect(toAlertViewModel({ id: 3, user_id: 7, read_at: null } as AlertViewRow, 7)).toMatchObject({ href: '/alerts/show/3/7', unread: true, own: true });
    expect(toAlertViewModel({ id: 3, user_id: 8, read_at: '2024-01-01T00:00:00Z' } as AlertViewRow, 7)).toMatchObject({ unread: false, own: false });
    expect(toAlertViewModel({ id: 3, user_id: null, read_at: null } as AlertViewRow, 7)).toMatchObject({ href: null, unread: false });
  });
});

describe(alertIdsOf.name, () => {
  it('reads one or many ids and refuses anything else', () => {
    expect(alertIdsOf({ id__in: '4' })).toEqual([4]);
    expect(alertIdsOf({ id__in: ['4', '5'] })).toEqual([4, 5]);
    expect(alertIdsOf({})).toEqual([]);
    expect(alertIdsOf({ id__in: ['4', 'x'] })).toBeNull();
  });
});

describe(returnPathFrom.name, () => {
  it('returns to a page of this site only', () => {
    expect(returnPathFrom('http://localhost/dashboard?x=1', 'localhost')).toBe('/dashboard?x=1');
    expect(returnPathFrom('https://evil.example/x', 'localhost')).toBe('/alerts');
    expect(returnPathFrom(undefined, 'localhost')).toBe('/alerts');
    expect(returnPathFrom('not a url', 'localhost')).toBe('/alerts');
  });
});
