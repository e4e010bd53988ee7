import { looksEncrypted } from '../../../shared/domain/secret-token.js';
import { isConfirmationTokenFormat } from '../domain/index.js';
import { confirmationTokenMatches, hashConfirmationToken, newConfirmationToken } from './confirmation-token.js';

describe('confirmation tokens', () => {
  it('are 32 random hex characters, different every time', () => {
    const token = newConfirmationToken();
    expect(isConfirmationTokenFormat(token)).toBe(true);
    expect(newConfirmationToken()).not.toBe(token);
  });

  it('are stored as $2a$10$ bcrypt hashes that match only their token', async () => {
    const token = newConfirmationToken();
    const hash = await hashConfirmationToken(token);
    expect(hash.startsWith('$2a$10$')).toBe(true);
    expect(looksEncrypted(hash)).toBe(true);
    expect(await confirmationTokenMatches(token, hash)).toBe(true);
    expect(await confirmationTokenMatches(newConfirmationToken(), hash)).toBe(false);
  });

  it('match the reference hashes of the fixtures', async () => {
    expect(await confirmationTokenMatches('ConfirmationToken', '$2a$10$TK8s1XnmWulSUdze8GN5uOgGmDDsnndQKF5/Rz1j0xaHT7AwXRVma')).toBe(true);
  });
});
