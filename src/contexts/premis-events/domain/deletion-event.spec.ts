import { newFileDeletionEvent, newObjectDeletionEvent, type DeletionEventInput } from './deletion-event.js';
import { validatePremisEvent } from './premis-event.validation.js';

const input: DeletionEventInput = {
  requesterEmail: 'user@inst1.edu',
  approverEmail: 'admin@inst1.edu',
  newUuid: () => '0b2d7c1e-5a4f-4e8b-9c3d-2f1a0e9d8c7b',
  now: '2024-06-01T12:00:00.123456Z',
};

describe(newObjectDeletionEvent.name, () => {
  const event = newObjectDeletionEvent({ id: 10, institutionId: 2 }, input);

  it('builds the object-level deletion event with the exact reference texts', () => {
    expect(event).toEqual({
      identifier: '0b2d7c1e-5a4f-4e8b-9c3d-2f1a0e9d8c7b',
      eventType: 'deletion',
      dateTime: '2024-06-01T12:00:00.123456Z',
      agent: 'APTrust preservation services',
      object: 'Minio S3 library',
      outcome: 'Success',
      outcomeDetail: 'user@inst1.edu',
      detail: 'Object deleted from preservation storage',
      outcomeInformation: 'Object deleted at the request of user@inst1.edu. Institutional approver: admin@inst1.edu.',
      institutionId: 2,
      intellectualObjectId: 10,
      genericFileId: null,
    });
  });

  it('passes event validation', () => {
    expect(validatePremisEvent(event)).toEqual([]);
  });
});

describe(newFileDeletionEvent.name, () => {
  const event = newFileDeletionEvent({ id: 20, institutionId: 2, intellectualObjectId: 10 }, input);

  it('builds the file-level deletion event with the exact reference texts', () => {
    expect(event).toMatchObject({
      eventType: 'deletion',
      outcome: 'Success',
      outcomeDetail: 'user@inst1.edu',
      detail: 'All copies of this file have been deleted from preservation storage',
      outcomeInformation:
        'File deleted at the request of user@inst1.edu. Institutional approver: admin@inst1.edu. This event confirms all preservation copies have been deleted.',
      institutionId: 2,
      intellectualObjectId: 10,
      genericFileId: 20,
    });
  });

  it('takes a fresh identifier from the generator for each event', () => {
    let n = 0;
    const uuids = ['11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222'];
    const counting = { ...input, newUuid: () => uuids[n++] };
    expect(newFileDeletionEvent({ id: 1, institutionId: 2, intellectualObjectId: 3 }, counting).identifier).toBe(uuids[0]);
    expect(newFileDeletionEvent({ id: 1, institutionId: 2, intellectualObjectId: 3 }, counting).identifier).toBe(uuids[1]);
  });

  it('passes event validation', () => {
    expect(validatePremisEvent(event)).toEqual([]);
  });
});
