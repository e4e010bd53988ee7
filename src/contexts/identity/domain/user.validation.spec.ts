import { validateUser, type UserFields } from './user.validation.js';

const APTRUST_ID = 1;
const valid: UserFields = {
  name: 'Inst One User',
  email: 'user@inst1.edu',
  phoneNumber: '+12125551212',
  otpRequiredForLogin: false,
  gracePeriod: null,
  institutionId: 2,
  role: 'institutional_user',
  encryptedPassword: '$2a$10$abcdefghijklmnopqrstuv',
};

const messagesFor = (changes: Partial<UserFields>, aptrustInstitutionId: number | null = APTRUST_ID) =>
  validateUser({ ...valid, ...changes }, { aptrustInstitutionId }).map((e) => `${e.field}: ${e.message}`);

describe(validateUser.name, () => {
  it('accepts a valid user', () => {
    expect(messagesFor({})).toEqual([]);
  });

  it('checks the name length in bytes: 2 to 200', () => {
    expect(messagesFor({ name: 'A' })).toEqual(['Name: Name must contain at least 2 characters.']);
    expect(messagesFor({ name: 'é' })).toEqual([]);
    expect(messagesFor({ name: 'a'.repeat(200) })).toEqual([]);
    expect(messagesFor({ name: 'a'.repeat(199) + 'é' })).toEqual(['Name: Name must contain at least 2 characters.']);
    expect(messagesFor({ name: null })).toEqual(['Name: Name must contain at least 2 characters.']);
  });

  it('requires a valid email', () => {
    expect(messagesFor({ email: 'not-an-email' })).toEqual(['Email: Email address is required.']);
    expect(messagesFor({ email: null })).toEqual(['Email: Email address is required.']);
  });

  it('accepts an empty phone number and rejects a malformed one', () => {
    expect(messagesFor({ phoneNumber: '' })).toEqual([]);
    expect(messagesFor({ phoneNumber: null })).toEqual([]);
    expect(messagesFor({ phoneNumber: '+1212555121' })).toEqual(['PhoneNumber: Please enter a phone number in format +2125551212.']);
    expect(messagesFor({ phoneNumber: '2125551212' })).toEqual(['PhoneNumber: Please enter a phone number in format +2125551212.']);
  });

  it('requires a grace period only when two-factor login is required', () => {
    const message = 'GracePeriod: Enter a date specifying when this user must enable two-factor authentication.';
    expect(messagesFor({ otpRequiredForLogin: true, gracePeriod: null })).toEqual([message]);
    expect(messagesFor({ otpRequiredForLogin: true, gracePeriod: '2024-03-01T00:00:00Z' })).toEqual([]);
    expect(messagesFor({ otpRequiredForLogin: null, gracePeriod: null })).toEqual([]);
  });

  it('requires an institution', () => {
    expect(messagesFor({ institutionId: 0 })).toEqual(['InstitutionID: Please choose an institution.']);
    expect(messagesFor({ institutionId: null })).toEqual(['InstitutionID: Please choose an institution.']);
  });

  it('requires a known role, including none', () => {
    expect(messagesFor({ role: 'superuser' })).toEqual(['Role: Please choose a role for this user.']);
    expect(messagesFor({ role: 'none' })).toEqual([]);
    expect(messagesFor({ role: 'institutional_admin' })).toEqual([]);
  });

  it('allows the admin role only at the aptrust.org institution', () => {
    expect(messagesFor({ role: 'admin', institutionId: APTRUST_ID })).toEqual([]);
    expect(messagesFor({ role: 'admin', institutionId: 2 })).toEqual(['Role: Sys Admin role is not valid for this institution.']);
  });

  it('reports a missing aptrust.org institution for the admin role', () => {
    expect(messagesFor({ role: 'admin' }, null)).toEqual(['Role: Internal error: cannot find institution.']);
  });

  it('ignores the aptrust.org lookup for other roles', () => {
    expect(messagesFor({ role: 'institutional_admin' }, null)).toEqual([]);
  });

  it('requires the encrypted password', () => {
    expect(messagesFor({ encryptedPassword: '' })).toEqual(['EncryptedPassword: Encrypted password is missing.']);
  });

  it('reports errors in the documented field order with JSON keys', () => {
    const errors = validateUser(
      { name: '', email: '', phoneNumber: '1', otpRequiredForLogin: true, gracePeriod: null, institutionId: 0, role: '', encryptedPassword: null },
      { aptrustInstitutionId: 1 },
    );
    expect(errors.map((e) => e.jsonField)).toEqual(['name', 'email', 'phone_number', 'grace_period', 'institution_id', 'role', 'encrypted_password']);
  });
});
