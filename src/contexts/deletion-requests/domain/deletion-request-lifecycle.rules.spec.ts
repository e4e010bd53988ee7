import {
  cancelDeletionRequest,
  confirmDeletionRequest,
  decisionRefusal,
  isConfirmationTokenFormat,
  isEncryptedConfirmationToken,
} from './deletion-request-lifecycle.rules.js';

describe(decisionRefusal.name, () => {
  it('allows a decision on a pending request', () => {
    expect(decisionRefusal({ confirmedAt: null, cancelledAt: null })).toBeNull();
  });

  it('refuses an approved request', () => {
    expect(decisionRefusal({ confirmedAt: '2024-01-01T00:00:00Z', cancelledAt: null })).toBe('this request has already been approved');
  });

  it('refuses a cancelled request, checking cancellation first', () => {
    expect(decisionRefusal({ confirmedAt: null, cancelledAt: '2024-01-01T00:00:00Z' })).toBe('this request has already been cancelled');
    expect(decisionRefusal({ confirmedAt: '2024-01-01T00:00:00Z', cancelledAt: '2024-01-02T00:00:00Z' })).toBe('this request has already been cancelled');
  });
});

describe(confirmDeletionRequest.name, () => {
  it('records who confirmed and when', () => {
    expect(confirmDeletionRequest(4, '2024-01-01T00:00:00Z')).toEqual({ confirmedById: 4, confirmedAt: '2024-01-01T00:00:00Z' });
  });
});

describe(cancelDeletionRequest.name, () => {
  it('records who cancelled and when', () => {
    expect(cancelDeletionRequest(4, '2024-01-01T00:00:00Z')).toEqual({ cancelledById: 4, cancelledAt: '2024-01-01T00:00:00Z' });
  });
});

describe(isConfirmationTokenFormat.name, () => {
  it('accepts 32 lowercase hex characters only', () => {
    expect(isConfirmationTokenFormat('a1b2c3d4e5f60718293a4b5c6d7e8f90')).toBe(true);
    expect(isConfirmationTokenFormat('A1B2C3D4E5F60718293A4B5C6D7E8F90')).toBe(false);
    expect(isConfirmationTokenFormat('a1b2c3')).toBe(false);
    expect(isConfirmationTokenFormat(undefined)).toBe(false);
  });
});

describe(isEncryptedConfirmationToken.name, () => {
  it('requires the bcrypt cost-10 prefix', () => {
    expect(isEncryptedConfirmationToken('$2a$10$xyz')).toBe(true);
    expect(isEncryptedConfirmationToken('a1b2c3d4e5f60718293a4b5c6d7e8f90')).toBe(false);
  });
});
