import { normalizePhoneNumber, PHONE_NUMBER_PATTERN, smsPhoneNumber } from './phone-number.js';

describe(normalizePhoneNumber.name, () => {
  it('strips formatting and prefixes the US country code', () => {
    expect(normalizePhoneNumber('(212) 555-1212')).toBe('+12125551212');
  });

  it('keeps a leading 1 instead of adding another', () => {
    expect(normalizePhoneNumber('+1 212 555 1212')).toBe('+12125551212');
    expect(normalizePhoneNumber('1-212-555-1212')).toBe('+12125551212');
  });

  it('returns an empty string when there are no digits', () => {
    expect(normalizePhoneNumber('')).toBe('');
    expect(normalizePhoneNumber(' - ')).toBe('');
    expect(normalizePhoneNumber(null)).toBe('');
  });

  it('does not shorten numbers that are too long; validation reports them', () => {
    const normalized = normalizePhoneNumber('44 20 7946 0958 12');
    expect(normalized).toBe('+144207946095812');
    expect(PHONE_NUMBER_PATTERN.test(normalized)).toBe(false);
  });
});

describe(smsPhoneNumber.name, () => {
  it("normalises a stored number without the '+', as the reference's fixtures store them", () => {
    expect(smsPhoneNumber('14345551212')).toBe('+14345551212');
    expect(smsPhoneNumber('+12125551212')).toBe('+12125551212');
  });

  it('is null for missing or unusable numbers', () => {
    expect(smsPhoneNumber(null)).toBeNull();
    expect(smsPhoneNumber('')).toBeNull();
    expect(smsPhoneNumber('555-1212')).toBeNull();
  });
});
