import { deactivateInstitution, displayType, reactivateInstitution } from './institution.js';

describe(displayType.name, () => {
  it('shows members as "Member" and subscription institutions as "Associate"', () => {
    expect(displayType('MemberInstitution')).toBe('Member');
    expect(displayType('SubscriptionInstitution')).toBe('Associate');
  });

  it('shows nothing for APTrust (no type) or unknown values', () => {
    expect(displayType(null)).toBe('');
    expect(displayType('Other')).toBe('');
  });
});

describe(deactivateInstitution.name, () => {
  it('sets state D and the deactivation time', () => {
    expect(deactivateInstitution('2024-05-01T10:00:00Z')).toEqual({ state: 'D', deactivatedAt: '2024-05-01T10:00:00Z' });
  });
});

describe(reactivateInstitution.name, () => {
  it('sets state A and clears the deactivation time', () => {
    expect(reactivateInstitution()).toEqual({ state: 'A', deactivatedAt: null });
  });
});
