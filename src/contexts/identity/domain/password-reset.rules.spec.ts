import { isResetTokenLive, resetTokenKind } from './password-reset.rules.js';

const lifetimes = { resetMs: 2 * 3_600_000, welcomeMs: 72 * 3_600_000 };
const pending = { resetPasswordToken: '$2a$10$hash', resetPasswordSentAt: '2026-01-10T10:00:00Z', initialPasswordUpdated: true, signInCount: 3, passwordChangedAt: null };
/** An account as UsersService.create leaves it. */
const unused = { ...pending, initialPasswordUpdated: false, signInCount: 0, passwordChangedAt: null };

describe(isResetTokenLive.name, () => {
  it('accepts a reset token within its lifetime only', () => {
    expect(isResetTokenLive(pending, lifetimes, '2026-01-10T11:59:59Z')).toBe(true);
    expect(isResetTokenLive(pending, lifetimes, '2026-01-10T12:00:00Z')).toBe(false);
  });

  it('gives a new account the longer welcome lifetime', () => {
    expect(resetTokenKind(unused)).toBe('welcome');
    expect(isResetTokenLive(unused, lifetimes, '2026-01-12T09:00:00Z')).toBe(true);
    expect(isResetTokenLive(unused, lifetimes, '2026-01-13T10:00:00Z')).toBe(false);
  });

  it("gives accounts the reference created (flag false) the reset lifetime once they were used", () => {
    expect(resetTokenKind({ ...unused, signInCount: 1 })).toBe('reset');
    expect(resetTokenKind({ ...unused, passwordChangedAt: '2025-06-01T00:00:00Z' })).toBe('reset');
    expect(isResetTokenLive({ ...unused, signInCount: 12 }, lifetimes, '2026-01-10T12:00:00Z')).toBe(false);
  });

  it('gives the reset lifetime when the flag is set or unknown', () => {
    expect(resetTokenKind({ ...unused, initialPasswordUpdated: true })).toBe('reset');
    expect(resetTokenKind({ ...unused, initialPasswordUpdated: null })).toBe('reset');
  });

  it('refuses when no token is pending or its send time is unknown', () => {
    expect(isResetTokenLive({ ...pending, resetPasswordToken: null }, lifetimes, '2026-01-10T10:00:01Z')).toBe(false);
    expect(isResetTokenLive({ ...pending, resetPasswordSentAt: null }, lifetimes, '2026-01-10T10:00:01Z')).toBe(false);
  });
});
