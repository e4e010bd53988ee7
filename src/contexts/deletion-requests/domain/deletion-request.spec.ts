import { deletionRequestKind, deletionRequestStatus } from './deletion-request.js';

describe(deletionRequestStatus.name, () => {
  it('is Rejected once cancelled, even if confirmed', () => {
    expect(deletionRequestStatus({ confirmedById: 4, cancelledById: 5 })).toBe('Rejected');
  });

  it('is Approved once confirmed', () => {
    expect(deletionRequestStatus({ confirmedById: 4, cancelledById: null })).toBe('Approved');
  });

  it('is Awaiting Approval otherwise', () => {
    expect(deletionRequestStatus({ confirmedById: null, cancelledById: 0 })).toBe('Awaiting Approval');
  });
});

describe(deletionRequestKind.name, () => {
  it('classifies one object, several objects, files, or nothing', () => {
    expect(deletionRequestKind(1, 0)).toBe('object');
    expect(deletionRequestKind(3, 0)).toBe('objectList');
    expect(deletionRequestKind(0, 2)).toBe('file');
    expect(deletionRequestKind(0, 0)).toBeNull();
  });
});
