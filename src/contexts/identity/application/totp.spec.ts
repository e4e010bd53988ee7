import { acceptedTimestep, currentTotpCode, newTotpSecret, TotpSecretCipher, totpQrSvg, totpUri } from './totp.js';

describe('authenticator apps', () => {
  const secret = newTotpSecret();
  const now = 1_760_000_000_000;

  it('accepts the current code and its neighbours, and refuses a code already used', () => {
    const step = Math.floor(now / 30_000);
    expect(acceptedTimestep(secret, currentTotpCode(secret, now), null, now)).toBe(step);
    expect(acceptedTimestep(secret, currentTotpCode(secret, now - 30_000), null, now)).toBe(step - 1);
    expect(acceptedTimestep(secret, currentTotpCode(secret, now - 90_000), null, now)).toBeNull();
    expect(acceptedTimestep(secret, currentTotpCode(secret, now), step, now)).toBeNull();
    expect(acceptedTimestep(secret, 'abcdef', null, now)).toBeNull();
  });

  it('builds an otpauth URI and a QR code', async () => {
    const uri = totpUri(secret, 'user@inst1.edu');
    expect(uri).toMatch(/^otpauth:\/\/totp\/APTrust%20Registry:user%40inst1\.edu\?/);
    expect(uri).toContain(`secret=${secret}`);
    expect(await totpQrSvg(uri)).toMatch(/^<svg /);
  });

  it('stores secrets encrypted, readable only with the same key', () => {
    const cipher = new TotpSecretCipher('k'.repeat(32));
    const stored = cipher.encrypt(secret);
    expect(stored.ciphertext).not.toContain(secret);
    expect(cipher.decrypt(stored.ciphertext, stored.iv)).toBe(secret);
    expect(new TotpSecretCipher('x'.repeat(32)).decrypt(stored.ciphertext, stored.iv)).toBeNull();
    expect(cipher.decrypt(null, null)).toBeNull();
  });
});
