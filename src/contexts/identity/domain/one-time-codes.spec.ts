import { isCodeExpired, newBackupCodes, newSmsCode, normalizeCode } from './one-time-codes.js';

describe('one-time codes', () => {
  it('makes 6-digit SMS codes', () => {
    for (let i = 0; i < 50; i++) expect(newSmsCode()).toMatch(/^\d{6}$/);
  });

  it('makes six distinct 10-hex-character backup codes', () => {
    const codes = newBackupCodes();
    expect(codes).toHaveLength(6);
    expect(new Set(codes).size).toBe(6);
    for (const code of codes) expect(code).toMatch(/^[0-9a-f]{10}$/);
  });

  it('ignores spaces, dashes and case in typed codes', () => {
    expect(normalizeCode(' AB12-cd 34 ')).toBe('ab12cd34');
  });

  it('expires codes after their lifetime', () => {
    expect(isCodeExpired('2026-01-10T10:00:00Z', 15 * 60_000, '2026-01-10T10:14:59Z')).toBe(false);
    expect(isCodeExpired('2026-01-10T10:00:00Z', 15 * 60_000, '2026-01-10T10:15:00Z')).toBe(true);
    expect(isCodeExpired(null, 15 * 60_000, '2026-01-10T10:00:00Z')).toBe(true);
  });
});
