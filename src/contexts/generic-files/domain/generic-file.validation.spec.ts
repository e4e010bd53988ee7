import type { GenericFileFields } from './generic-file.js';
import { validateGenericFile } from './generic-file.validation.js';

const valid: GenericFileFields = {
  fileFormat: 'image/jpeg',
  size: 1024,
  identifier: 'institution1.edu/photos/data/a.jpg',
  intellectualObjectId: 10,
  state: 'A',
  institutionId: 2,
  storageOption: 'Standard',
  uuid: '3f2b9a52-8c1e-4d4e-9b3a-0c6f1e2d3a4b',
};

const messagesFor = (changes: Partial<GenericFileFields>) => validateGenericFile({ ...valid, ...changes }).map((e) => `${e.field}: ${e.message}`);

describe(validateGenericFile.name, () => {
  it('accepts a valid file', () => {
    expect(messagesFor({})).toEqual([]);
  });

  it('accepts a zero-size file (Preserv saves some)', () => {
    expect(messagesFor({ size: 0 })).toEqual([]);
  });

  it.each([
    [{ fileFormat: ' ' }, 'FileFormat: FileFormat is required'],
    [{ identifier: '' }, 'Identifier: Identifier is required'],
    [{ state: 'a' }, "State: State must be 'A' or 'D'."],
    [{ size: -1 }, 'Size: Size cannot be negative'],
    [{ institutionId: 0 }, 'InstitutionID: Invalid institution id'],
    [{ intellectualObjectId: null }, 'IntellectualObjectID: Intellectual object ID is required'],
    [{ storageOption: 'standard' }, 'StorageOption: Invalid storage option'],
    [{ uuid: 'not-a-uuid' }, 'UUID: Valid UUID required'],
  ])('reports %p as %p', (change, message) => {
    expect(messagesFor(change)).toEqual([message]);
  });

  it('accepts an upper-case UUID', () => {
    expect(messagesFor({ uuid: '3F2B9A52-8C1E-4D4E-9B3A-0C6F1E2D3A4B' })).toEqual([]);
  });

  it('reports errors in the documented field order with JSON keys', () => {
    const errors = validateGenericFile({
      fileFormat: null, size: -5, identifier: null, intellectualObjectId: 0, state: null, institutionId: null, storageOption: null, uuid: null,
    });
    expect(errors.map((e) => e.jsonField)).toEqual([
      'file_format', 'identifier', 'state', 'size', 'institution_id', 'intellectual_object_id', 'storage_option', 'uuid',
    ]);
  });
});

describe('identifier length', () => {
  const file = {
    fileFormat: 'text/plain', size: 1, identifier: 'x', intellectualObjectId: 1, state: 'A', institutionId: 2, storageOption: 'Standard',
    uuid: '3f2b9a52-8c1e-4d4e-9b3a-0c6f1e2d3a4b',
  };

  it('accepts an identifier of 2048 bytes and refuses one byte more, counting UTF-8 bytes', () => {
    expect(validateGenericFile({ ...file, identifier: 'a'.repeat(2048) })).toEqual([]);
    expect(validateGenericFile({ ...file, identifier: `${'a'.repeat(2046)}’` }).map((e) => `${e.field}: ${e.message}`)).toEqual([
      'Identifier: Identifier cannot be longer than 2048 bytes',
    ]);
  });
});
