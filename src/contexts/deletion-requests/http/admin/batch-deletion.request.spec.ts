import { parseBatchDeletionBody } from './batch-deletion.request.js';

describe(parseBatchDeletionBody.name, () => {
  it('reads a well-formed body', () => {
    expect(parseBatchDeletionBody({ institutionId: 2, requestorId: 3, objectIds: [1, 2], secretKey: 'k', extra: true })).toEqual({
      institutionId: 2, requestorId: 3, objectIds: [1, 2], secretKey: 'k',
    });
  });

  it('reads missing fields as zero values, as the reference does', () => {
    expect(parseBatchDeletionBody({})).toEqual({ institutionId: 0, requestorId: 0, objectIds: [], secretKey: '' });
  });

  it('names every field of the wrong type', () => {
    expect(() => parseBatchDeletionBody({ institutionId: '2', requestorId: 1.5, objectIds: [1, 'x'], secretKey: 7 })).toThrow(
      'institutionId must be an integer id\nrequestorId must be an integer id\nobjectIds must be an array of integer ids\nsecretKey must be a string',
    );
    expect(() => parseBatchDeletionBody({ objectIds: 5 })).toThrow('objectIds must be an array of integer ids');
    expect(() => parseBatchDeletionBody({ institutionId: 2 ** 40 })).toThrow('institutionId must be an integer id');
  });

  it('refuses a body that is not an object, and oversize batches', () => {
    expect(() => parseBatchDeletionBody([1, 2])).toThrow('the body must be a JSON object');
    expect(() => parseBatchDeletionBody('x')).toThrow('the body must be a JSON object');
    expect(() => parseBatchDeletionBody({ objectIds: Array.from({ length: 10_001 }, (_, i) => i + 1) })).toThrow('objectIds must not hold more than 10000 ids');
  });
});
