import { isRandomToken, looksEncrypted } from './secret-token.js';

describe(looksEncrypted.name, () => {
  it('accepts bcrypt cost-10 hashes', () => {
    expect(looksEncrypted('$2a$10$abcdefghijklmnopqrstuv')).toBe(true);
  });

  it.each(['', null, '0123456789abcdef0123456789abcdef', '$2b$10$abc', '$2a$12$abc'])('rejects %p', (value) => {
    expect(looksEncrypted(value)).toBe(false);
  });
});

describe(isRandomToken.name, () => {
  it('accepts 32 lowercase hex characters', () => {
    expect(isRandomToken('0123456789abcdef0123456789abcdef')).toBe(true);
  });

  it.each(['0123456789ABCDEF0123456789ABCDEF', '0123456789abcdef', '0123456789abcdef0123456789abcdefa', 'g123456789abcdef0123456789abcdef', null])(
    'rejects %p',
    (value) => {
      expect(isRandomToken(value)).toBe(false);
    },
  );
});
