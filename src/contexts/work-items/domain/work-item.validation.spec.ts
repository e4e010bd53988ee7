import { validateWorkItem, type WorkItemValidationInput } from './work-item.validation.js';

const valid: WorkItemValidationInput = {
  name: 'photos.tar',
  etag: '0123456789abcdef0123456789abcdef',
  bagDate: '2024-01-01T00:00:00Z',
  bucket: 'aptrust.receiving.test.institution1.edu',
  user: 'system@aptrust.org',
  institutionId: 2,
  dateProcessed: '2024-01-02T00:00:00Z',
  action: 'Ingest',
  stage: 'Receive',
  status: 'Pending',
  note: 'Item is pending',
  outcome: null,
  genericFileId: null,
  deletionRequestId: null,
};

const messagesFor = (changes: Partial<WorkItemValidationInput>, facts = {}) =>
  validateWorkItem({ ...valid, ...changes }, facts).map((e) => `${e.field}: ${e.message}`);

describe(validateWorkItem.name, () => {
  it('accepts a valid item', () => {
    expect(messagesFor({})).toEqual([]);
  });

  it('checks the name length in bytes: 1 to 1000', () => {
    expect(messagesFor({ name: '' })).toEqual(['Name: Name is required.']);
    expect(messagesFor({ name: 'x'.repeat(1000) })).toEqual([]);
    expect(messagesFor({ name: 'x'.repeat(999) + 'é' })).toEqual(['Name: Name is required.']);
  });

  it('does not add Note or Outcome errors when the name is bad (the reference did)', () => {
    expect(messagesFor({ name: null }).map((m) => m.split(':')[0])).toEqual(['Name']);
  });

  it('leaves note and outcome unchecked, as Preserv relies on', () => {
    expect(messagesFor({ note: '', outcome: '' })).toEqual([]);
    expect(messagesFor({ note: null, outcome: null })).toEqual([]);
    expect(messagesFor({ note: 'n'.repeat(20_000), outcome: 'o'.repeat(5_000) })).toEqual([]);
  });

  it('checks the etag length in bytes: 32 to 40', () => {
    expect(messagesFor({ etag: 'x'.repeat(31) })).toEqual(['ETag: ETag is required (32-40 bytes).']);
    expect(messagesFor({ etag: 'x'.repeat(32) })).toEqual([]);
    expect(messagesFor({ etag: 'x'.repeat(40) })).toEqual([]);
    expect(messagesFor({ etag: 'x'.repeat(41) })).toEqual(['ETag: ETag is required (32-40 bytes).']);
    expect(messagesFor({ etag: 'é'.repeat(16) })).toEqual([]);
    expect(messagesFor({ etag: 'é'.repeat(21) })).toEqual(['ETag: ETag is required (32-40 bytes).']);
  });

  it.each([
    [{ bagDate: null }, 'BagDate: BagDate is required.'],
    [{ bucket: '' }, 'Bucket: Bucket is required.'],
    [{ bucket: 'b'.repeat(1001) }, 'Bucket: Bucket is required.'],
    [{ user: 'system' }, 'User: User must be a valid email address.'],
    [{ institutionId: 0 }, 'InstitutionID: InstitutionID is required.'],
    [{ dateProcessed: null }, 'DateProcessed: DateProcessed is required.'],
    [{ action: 'Restore' }, 'Action: Action is missing or invalid.'],
    [{ stage: 'Unknown' }, 'Stage: Stage is missing or invalid.'],
    [{ status: 'Done' }, 'Status: Status is missing or invalid.'],
  ])('reports %p as %p', (change, message) => {
    expect(messagesFor(change)).toEqual([message]);
  });

  describe('deletion request tamper check', () => {
    const deleteItem = { action: 'Delete', deletionRequestId: 9, stage: 'Requested' };

    it('rejects a Delete item whose request does not include its object', () => {
      expect(messagesFor(deleteItem, { deletionRequestIncludesTarget: false })).toEqual([
        'DeletionRequestID: Invalid deletion request ID / object',
      ]);
    });

    it('names the file when the item deletes a file', () => {
      expect(messagesFor({ ...deleteItem, genericFileId: 20 }, { deletionRequestIncludesTarget: false })).toEqual([
        'DeletionRequestID: Invalid deletion request ID / file',
      ]);
    });

    it('passes when the request includes the target or was not looked up', () => {
      expect(messagesFor(deleteItem, { deletionRequestIncludesTarget: true })).toEqual([]);
      expect(messagesFor(deleteItem)).toEqual([]);
    });

    it('applies only to Delete items that carry a request id', () => {
      expect(messagesFor({ ...deleteItem, deletionRequestId: null }, { deletionRequestIncludesTarget: false })).toEqual([]);
      expect(messagesFor({ ...deleteItem, action: 'Restore Object' }, { deletionRequestIncludesTarget: false })).toEqual([]);
    });
  });

  it('reports errors in the documented field order with JSON keys', () => {
    const errors = validateWorkItem(
      { name: '', etag: '', bagDate: null, bucket: '', user: '', institutionId: null, dateProcessed: null, action: '', stage: '', status: '', note: '', outcome: '', genericFileId: null, deletionRequestId: 3 },
      { deletionRequestIncludesTarget: false },
    );
    expect(errors.map((e) => e.jsonField)).toEqual([
      'name', 'etag', 'bag_date', 'bucket', 'user', 'institution_id', 'date_processed', 'action', 'stage', 'status',
    ]);
  });
});
