import type { InstitutionFields } from './institution.js';
import { validateInstitution } from './institution.validation.js';

const valid: InstitutionFields = {
  name: 'Institution One',
  identifier: 'institution1.edu',
  state: 'A',
  type: 'MemberInstitution',
  memberInstitutionId: null,
  receivingBucket: 'aptrust.receiving.test.institution1.edu',
  restoreBucket: 'aptrust.restore.test.institution1.edu',
};

const messagesFor = (changes: Partial<InstitutionFields>) => validateInstitution({ ...valid, ...changes }, '.test').map((e) => `${e.field}: ${e.message}`);

describe(validateInstitution.name, () => {
  it('accepts a valid member institution', () => {
    expect(validateInstitution(valid, '.test')).toEqual([]);
  });

  it('accepts an associate with a parent', () => {
    expect(messagesFor({ type: 'SubscriptionInstitution', memberInstitutionId: 2 })).toEqual([]);
  });

  it('checks the name length in bytes: 5 to 200', () => {
    expect(messagesFor({ name: 'Abcd' })).toEqual(['Name: Name must contain 5-100 characters.']);
    expect(messagesFor({ name: 'Abcde' })).toEqual([]);
    expect(messagesFor({ name: 'a'.repeat(200) })).toEqual([]);
    expect(messagesFor({ name: 'a'.repeat(201) })).toEqual(['Name: Name must contain 5-100 characters.']);
    expect(messagesFor({ name: null })).toEqual(['Name: Name must contain 5-100 characters.']);
  });

  it('keeps the reference message "5-100" while allowing names of 101..200 bytes', () => {
    expect(messagesFor({ name: 'a'.repeat(150) })).toEqual([]);
  });

  it('counts multi-byte characters by their bytes', () => {
    expect(messagesFor({ name: 'éé' })).toEqual(['Name: Name must contain 5-100 characters.']);
    expect(messagesFor({ name: 'ééé' })).toEqual([]);
    expect(messagesFor({ name: 'é'.repeat(100) })).toEqual([]);
    expect(messagesFor({ name: 'é'.repeat(100) + 'a' })).toEqual(['Name: Name must contain 5-100 characters.']);
  });

  it('requires an identifier that is a domain name with a dot', () => {
    const expected = 'Identifier: Identifier must be a domain name.';
    expect(validateInstitution({ ...valid, identifier: 'localhost', receivingBucket: 'aptrust.receiving.test.localhost', restoreBucket: 'aptrust.restore.test.localhost' }, '.test')
      .map((e) => `${e.field}: ${e.message}`)).toEqual([expected]);
    expect(messagesFor({ identifier: 'not a domain' })[0]).toBe(expected);
  });

  it('requires state A or D', () => {
    expect(messagesFor({ state: 'X' })).toEqual(["State: State must be 'A' or 'D'."]);
    expect(messagesFor({ state: 'D' })).toEqual([]);
  });

  it('requires a known type', () => {
    expect(messagesFor({ type: 'Other' })).toEqual(['Type: Please choose an institution type.']);
    expect(messagesFor({ type: null })).toEqual(['Type: Please choose an institution type.']);
  });

  it('lets only the APTrust institution keep a blank type (fix of the reference)', () => {
    const aptrust: InstitutionFields = {
      ...valid,
      name: 'APTrust',
      identifier: 'aptrust.org',
      type: null,
      receivingBucket: 'aptrust.receiving.test.aptrust.org',
      restoreBucket: 'aptrust.restore.test.aptrust.org',
    };
    expect(validateInstitution(aptrust, '.test')).toEqual([]);
    expect(validateInstitution({ ...aptrust, type: 'Bogus' }, '.test').map((e) => e.message)).toEqual(['Please choose an institution type.']);
  });

  it('requires bucket names computed from the identifier and qualifier', () => {
    expect(messagesFor({ receivingBucket: 'aptrust.receiving.institution1.edu' })).toEqual(['ReceivingBucket: Receiving bucket name is not valid.']);
    expect(messagesFor({ restoreBucket: 'aptrust.restore.institution1.edu' })).toEqual(['RestoreBucket: Restoration bucket name is not valid.']);
    expect(validateInstitution(valid, '')).toHaveLength(2);
  });

  it('fails both buckets when the identifier changes without them', () => {
    expect(messagesFor({ identifier: 'renamed.edu' })).toEqual([
      'ReceivingBucket: Receiving bucket name is not valid.',
      'RestoreBucket: Restoration bucket name is not valid.',
    ]);
  });

  it('requires a parent for associates only', () => {
    expect(messagesFor({ type: 'SubscriptionInstitution', memberInstitutionId: 0 })).toEqual(['MemberInstitutionID: Please choose a parent institution.']);
    expect(messagesFor({ type: 'SubscriptionInstitution', memberInstitutionId: null })).toEqual(['MemberInstitutionID: Please choose a parent institution.']);
    expect(messagesFor({ type: 'MemberInstitution', memberInstitutionId: null })).toEqual([]);
  });

  it('reports errors in the documented field order with JSON keys', () => {
    const errors = validateInstitution(
      { name: '', identifier: '', state: '', type: 'SubscriptionInstitution', memberInstitutionId: null, receivingBucket: '', restoreBucket: '' },
      '.test',
    );
    expect(errors.map((e) => [e.field, e.jsonField])).toEqual([
      ['Name', 'name'],
      ['Identifier', 'identifier'],
      ['State', 'state'],
      ['ReceivingBucket', 'receiving_bucket'],
      ['RestoreBucket', 'restore_bucket'],
      ['MemberInstitutionID', 'member_institution_id'],
    ]);
  });
});
