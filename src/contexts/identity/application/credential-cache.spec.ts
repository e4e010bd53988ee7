import { CredentialCache } from './credential-cache.js';

describe(CredentialCache.name, () => {
  let now = 0;
  const cache = () => new CredentialCache(1000, 2, () => now);

  beforeEach(() => {
    now = 0;
  });

  it('remembers a verified triple until it expires', () => {
    const c = cache();
    c.remember('a@x.edu', 'key', '$2a$10$hash');
    expect(c.has('a@x.edu', 'key', '$2a$10$hash')).toBe(true);
    now = 999;
    expect(c.has('a@x.edu', 'key', '$2a$10$hash')).toBe(true);
    now = 1000;
    expect(c.has('a@x.edu', 'key', '$2a$10$hash')).toBe(false);
  });

  it('misses when the key, the email or the stored hash differs', () => {
    const c = cache();
    c.remember('a@x.edu', 'key', '$2a$10$hash');
    expect(c.has('a@x.edu', 'other', '$2a$10$hash')).toBe(false);
    expect(c.has('b@x.edu', 'key', '$2a$10$hash')).toBe(false);
    expect(c.has('a@x.edu', 'key', '$2a$10$rotated')).toBe(false);
  });

  it('keeps at most its maximum number of entries, dropping the oldest', () => {
    const c = cache();
    c.remember('a', 'k', 'h');
    c.remember('b', 'k', 'h');
    c.remember('c', 'k', 'h');
    expect(c.size).toBe(2);
    expect(c.has('a', 'k', 'h')).toBe(false);
    expect(c.has('c', 'k', 'h')).toBe(true);
  });

  it('does not keep the plaintext key', () => {
    const c = cache();
    c.remember('a@x.edu', 'plaintext-secret', 'h');
    expect(JSON.stringify([...(c as unknown as { entries: Map<string, number> }).entries.keys()])).not.toContain('plaintext-secret');
  });
});
