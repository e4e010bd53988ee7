import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';

const PERIOD_SECONDS = 30;
const ISSUER = 'APTrust Registry';

/** A new authenticator-app secret, base32 (160 bits, SHA-1, 6 digits, 30 s: what every app supports). */
export const newTotpSecret = (): string => new Secret({ size: 20 }).base32;

const totpFor = (secret: string, label = '') =>
  new TOTP({ issuer: ISSUER, label, secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: PERIOD_SECONDS });

/** The otpauth:// URI an app scans. */
export const totpUri = (secret: string, email: string): string => totpFor(secret, email).toString();

/** The URI as an inline SVG QR code. */
export const totpQrSvg = (uri: string): Promise<string> => QRCode.toString(uri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });

/**
 * The time step a code is valid for (the current one, or one either side for clock drift), or null.
 * A step at or before `consumedTimestep` is refused, so a code cannot be used twice.
 */
export function acceptedTimestep(secret: string, code: string, consumedTimestep: number | null, nowMs = Date.now()): number | null {
  const token = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totpFor(secret).validate({ token, timestamp: nowMs, window: 1 });
  if (delta === null) return null;
  const step = Math.floor(nowMs / 1000 / PERIOD_SECONDS) + delta;
  return consumedTimestep !== null && step <= consumedTimestep ? null : step;
}

/** The current code (for tests and the set-up page's own check). */
export const currentTotpCode = (secret: string, nowMs = Date.now()): string => totpFor(secret).generate({ timestamp: nowMs });

/**
 * Authenticator secrets must be readable to check codes, so they are stored encrypted (AES-256-GCM)
 * under a key derived from COOKIE_BLOCK_KEY, in users.encrypted_otp_secret with its IV in
 * encrypted_otp_secret_iv (the columns devise-two-factor used for the same purpose).
 */
export class TotpSecretCipher {
  private readonly key: Buffer;

  constructor(blockKey: string) {
    this.key = Buffer.from(hkdfSync('sha256', blockKey, 'registry', 'authenticator app secrets', 32));
  }

  encrypt(secret: string): { ciphertext: string; iv: string } {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const encrypted = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final(), cipher.getAuthTag()]);
    return { ciphertext: encrypted.toString('base64'), iv: iv.toString('base64') };
  }

  /** The secret, or null when it cannot be decrypted (another key, or not one of ours). */
  decrypt(ciphertext: string | null, iv: string | null): string | null {
    if (!ciphertext || !iv) return null;
    try {
      const data = Buffer.from(ciphertext, 'base64');
      const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64'));
      decipher.setAuthTag(data.subarray(data.length - 16));
      return Buffer.concat([decipher.update(data.subarray(0, data.length - 16)), decipher.final()]).toString('utf8');
    } catch {
      return null;
    }
  }
}
