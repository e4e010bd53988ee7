import { isResetTokenLive, resetTokenKind } from './password-reset.rules.js';

const lifetimes = { resetMs: 2 * 3_600_000, welcomeMs: 72 * 3_600_000 };
const pending = { resetPasswordToken: '$2a$10$hash', resetPasswordSentAt: '2026-01-10T10:00:00Z', initialPasswordUpdated: true };

describe(isResetTokenLive.name, () => {
  it('accepts a reset token within its lifetime only', () => {
    expect(isResetTokenLive(pending, lifetimes, '2026-01-10T11:59:59Z')).toBe(true);
    expect(isResetTokenLive(pending, lifetimes, '2026-01-10T12:00:00Z')).toBe(false);
  });

  it('gives a new account the longer welcome lifetime', () => {
    const welcome = { ...pending, initialPasswordUpdated: false };
    expect(resetTokenKind(welcome)).toBe('welcome');
    expect(isResetTokenLive(welcome, lifetimes, '2026-01-12T09:00:00Z')).toBe(true);
    expect(isResetTokenLive(welcome, lifetimes, '2026-01-13T10:00:00Z')).toBe(false);
  });

  it('refuses when no token is pending or its send time is unknown', () => {
    expect(isResetTokenLive({ ...pending, resetPasswordToken: null }, lifetimes, '2026-01-10T10:00:01Z')).toBe(false);
    expect(isResetTokenLive({ ...pending, resetPasswordSentAt: null }, lifetimes, '2026-01-10T10:00:01Z')).toBe(false);
  });
});
