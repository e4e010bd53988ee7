import { deletedTargetsDescription, deletionRequestIsFinished, mayFinishDeletionRequest } from './deletion-completed-alert.rules.js';

describe(mayFinishDeletionRequest.name, () => {
  const item = { action: 'Delete', status: 'Success', deletionRequestId: 7 };

  it('applies when a Delete item of a request becomes Success', () => {
    expect(mayFinishDeletionRequest('Started', item)).toBe(true);
    expect(mayFinishDeletionRequest(null, item)).toBe(true);
  });

  it('does not apply to an item that already was Success, to other statuses or actions, or without a request', () => {
    expect(mayFinishDeletionRequest('Success', item)).toBe(false);
    expect(mayFinishDeletionRequest('Started', { ...item, status: 'Failed' })).toBe(false);
    expect(mayFinishDeletionRequest('Started', { ...item, action: 'Restore Object' })).toBe(false);
    expect(mayFinishDeletionRequest('Started', { ...item, deletionRequestId: null })).toBe(false);
    expect(mayFinishDeletionRequest('Started', { ...item, deletionRequestId: 0 })).toBe(false);
  });
});

describe(deletionRequestIsFinished.name, () => {
  it('holds when every item has completed, whatever the outcome', () => {
    expect(deletionRequestIsFinished(['Success', 'Success'])).toBe(true);
    expect(deletionRequestIsFinished(['Success', 'Cancelled', 'Failed'])).toBe(true);
  });

  it('does not hold while an item is pending, started or suspended, or when there are no items', () => {
    expect(deletionRequestIsFinished(['Success', 'Started'])).toBe(false);
    expect(deletionRequestIsFinished(['Success', 'Pending'])).toBe(false);
    expect(deletionRequestIsFinished(['Success', 'Suspended'])).toBe(false);
    expect(deletionRequestIsFinished(['Success', null])).toBe(false);
    expect(deletionRequestIsFinished([])).toBe(false);
  });
});

describe(deletedTargetsDescription.name, () => {
  it('names a single object or file', () => {
    expect(deletedTargetsDescription(3, { objectIdentifiers: ['inst.edu/bag'], fileIdentifiers: [] })).toBe('inst.edu/bag');
    expect(deletedTargetsDescription(3, { objectIdentifiers: [], fileIdentifiers: ['inst.edu/bag/data/a.txt'] })).toBe('inst.edu/bag/data/a.txt');
  });

  it('counts several targets', () => {
    expect(deletedTargetsDescription(3, { objectIdentifiers: ['a', 'b'], fileIdentifiers: [] })).toBe('Deletion request 3 (2 objects)');
    expect(deletedTargetsDescription(4, { objectIdentifiers: ['a'], fileIdentifiers: ['f', 'g'] })).toBe('Deletion request 4 (1 object and 2 files)');
    expect(deletedTargetsDescription(5, { objectIdentifiers: [], fileIdentifiers: [] })).toBe('Deletion request 5 (no items)');
  });
});
