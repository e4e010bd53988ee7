import { deactivateUser, isDeactivated, reactivateUser } from './user.js';

describe(deactivateUser.name, () => {
  it('sets deactivated_at to now', () => {
    expect(deactivateUser('2024-01-01T00:00:00Z')).toEqual({ deactivatedAt: '2024-01-01T00:00:00Z' });
    expect(isDeactivated(deactivateUser('2024-01-01T00:00:00Z'))).toBe(true);
  });
});

describe(reactivateUser.name, () => {
  it('clears deactivated_at', () => {
    expect(reactivateUser()).toEqual({ deactivatedAt: null });
    expect(isDeactivated(reactivateUser())).toBe(false);
  });
});
