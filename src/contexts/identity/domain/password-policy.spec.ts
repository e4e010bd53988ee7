import { meetsPasswordRequirements, newPasswordViolation } from './password-policy.js';

describe(meetsPasswordRequirements.name, () => {
  it('accepts 8 characters with lower, upper and digit', () => {
    expect(meetsPasswordRequirements('Abcdefg1')).toBe(true);
  });

  it('needs no symbol and has no maximum', () => {
    expect(meetsPasswordRequirements(`Ab1${'x'.repeat(500)}`)).toBe(true);
  });

  it.each([
    ['Abcdef1', 'too short'],
    ['abcdefg1', 'no uppercase'],
    ['ABCDEFG1', 'no lowercase'],
    ['Abcdefgh', 'no digit'],
  ])('rejects %p (%s)', (password) => {
    expect(meetsPasswordRequirements(password)).toBe(false);
  });

  it('counts characters, not bytes (fix of the reference)', () => {
    expect(meetsPasswordRequirements('Ab1éééé')).toBe(false);
    expect(meetsPasswordRequirements('Ab1ééééé')).toBe(true);
  });

  it('requires ASCII letters for the case rules', () => {
    expect(meetsPasswordRequirements('Éabcdefg1')).toBe(false);
  });
});

describe(newPasswordViolation.name, () => {
  it('accepts matching passwords that meet the policy', () => {
    expect(newPasswordViolation('Abcdefg1', 'Abcdefg1')).toBeNull();
  });

  it('reports a mismatch first', () => {
    expect(newPasswordViolation('short', 'other')).toBe("passwords don't match");
  });

  it('reports a weak password', () => {
    expect(newPasswordViolation('short', 'short')).toBe('password does not meet minimum requirements');
  });
});
