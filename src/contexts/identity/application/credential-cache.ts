import { hash, randomBytes } from 'node:crypto';

/**
 * Remembers (email, API key, stored hash) triples that bcrypt already verified, so a busy client
 * pays for bcrypt once per key rather than on every request. Entries are keyed by a SHA-256
 * digest salted with a per-process secret: the plaintext key is never kept. Because the stored
 * hash is part of the entry, a new key (or a removed one) misses as soon as the instance sees the
 * user's new row (UserCredentialsCache).
 */
export class CredentialCache {
  private readonly salt = randomBytes(32).toString('base64');
  private readonly entries = new Map<string, number>();

  constructor(
    private readonly ttlMs = 5 * 60_000,
    private readonly maxEntries = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  has(email: string, key: string, storedHash: string): boolean {
    const id = this.entryId(email, key, storedHash);
    const expires = this.entries.get(id);
    if (expires === undefined) return false;
    if (expires <= this.now()) {
      this.entries.delete(id);
      return false;
    }
    return true;
  }

  remember(email: string, key: string, storedHash: string): void {
    const id = this.entryId(email, key, storedHash);
    this.entries.delete(id);
    this.entries.set(id, this.now() + this.ttlMs);
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }

  get size(): number {
    return this.entries.size;
  }

  private entryId(email: string, key: string, storedHash: string): string {
    // One-shot hash: an HMAC would cost a key object on every request.
    return hash('sha256', `${this.salt}\0${email}\0${key}\0${storedHash}`, 'base64');
  }
}
