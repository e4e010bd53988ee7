import { createHmac, randomBytes } from 'node:crypto';

/**
 * Remembers (email, API key, stored hash) triples that bcrypt already verified, so a busy client
 * pays for bcrypt once per key rather than on every request. Entries are keyed by an HMAC under a
 * per-process secret: the plaintext key is never kept. Because the stored hash is part of the
 * entry, a new key (or a removed one) misses at once on every instance; the user's role,
 * institution and active state are read fresh on every request anyway.
 */
export class CredentialCache {
  private readonly secret = randomBytes(32);
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
    return createHmac('sha256', this.secret).update(email).update('\0').update(key).update('\0').update(storedHash).digest('base64');
  }
}
