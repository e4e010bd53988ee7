import { DEFAULT_BAGIT_PROFILE_IDENTIFIER } from './bagit-profile.js';
import type { IntellectualObjectFields } from './intellectual-object.js';
import { applyObjectDefaults, validateIntellectualObject } from './intellectual-object.validation.js';

const valid: IntellectualObjectFields = {
  title: 'Photos',
  description: null,
  identifier: 'institution1.edu/photos',
  altIdentifier: null,
  access: 'institution',
  bagName: 'photos',
  institutionId: 2,
  state: 'A',
  etag: null,
  bagGroupIdentifier: null,
  storageOption: 'Standard',
  bagitProfileIdentifier: DEFAULT_BAGIT_PROFILE_IDENTIFIER,
  sourceOrganization: null,
  internalSenderIdentifier: null,
  internalSenderDescription: null,
};

const messagesFor = (changes: Partial<IntellectualObjectFields>) =>
  validateIntellectualObject({ ...valid, ...changes }).map((e) => `${e.field}: ${e.message}`);

describe(validateIntellectualObject.name, () => {
  it('accepts a valid object', () => {
    expect(messagesFor({})).toEqual([]);
  });

  it.each([
    [{ title: '  ' }, 'Title: Title is required'],
    [{ identifier: null }, 'Identifier: Identifier is required'],
    [{ state: 'X' }, "State: State must be 'A' or 'D'."],
    [{ access: 'public' }, 'Access: Invalid access value'],
    [{ institutionId: 0 }, 'InstitutionID: Invalid institution id'],
    [{ storageOption: 'S3-VA' }, 'StorageOption: Invalid storage option'],
    [{ bagitProfileIdentifier: '' }, 'BagItProfileIdentifier: BagItProfileIdentifier is required'],
  ])('reports %p as %p', (change, message) => {
    expect(messagesFor(change)).toEqual([message]);
  });

  it.each(['consortia', 'institution', 'restricted'])('accepts access %s', (access) => {
    expect(messagesFor({ access })).toEqual([]);
  });

  it('accepts every storage option, including Wasabi-TX', () => {
    expect(messagesFor({ storageOption: 'Wasabi-TX' })).toEqual([]);
  });

  it('does not require the identifier to start with the institution identifier (as in the reference)', () => {
    expect(messagesFor({ identifier: 'someone-else.edu/photos' })).toEqual([]);
  });

  it('reports errors in the documented field order with JSON keys', () => {
    const errors = validateIntellectualObject({
      ...valid, title: '', identifier: '', state: '', access: '', institutionId: null, storageOption: '', bagitProfileIdentifier: null,
    });
    expect(errors.map((e) => e.jsonField)).toEqual(['title', 'identifier', 'state', 'access', 'institution_id', 'storage_option', 'bagit_profile_identifier']);
  });
});

describe(applyObjectDefaults.name, () => {
  it.each([null, '', '   '])('replaces a blank profile (%p) with the default APTrust profile', (bagitProfileIdentifier) => {
    expect(applyObjectDefaults({ ...valid, bagitProfileIdentifier }).bagitProfileIdentifier).toBe(DEFAULT_BAGIT_PROFILE_IDENTIFIER);
  });

  it('keeps a given profile', () => {
    const btr = 'https://github.com/dpscollaborative/btr_bagit_profile/releases/download/1.0/btr-bagit-profile.json';
    expect(applyObjectDefaults({ ...valid, bagitProfileIdentifier: btr }).bagitProfileIdentifier).toBe(btr);
  });

  it('makes an object with a blank profile valid', () => {
    expect(validateIntellectualObject(applyObjectDefaults({ ...valid, bagitProfileIdentifier: '' }))).toEqual([]);
  });
});
