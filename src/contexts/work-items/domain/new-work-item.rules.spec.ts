import type { WorkItemFields } from './work-item.js';
import {
  itemFromLastIngest,
  newDeletionItem,
  newRestorationItem,
  tarNameForBag,
  type DeletionItemRequest,
  type NewItemSource,
  type ObjectForNewItem,
} from './new-work-item.rules.js';
import { validateWorkItem } from './work-item.validation.js';

const now = '2024-06-01T12:00:00.5Z';

const object: ObjectForNewItem = {
  id: 10,
  institutionId: 2,
  bagName: 'photos',
  etag: '0123456789abcdef0123456789abcdef',
  createdAt: '2021-01-12T17:14:35Z',
  storageOption: 'Standard',
  size: 5000,
};

const lastIngest: WorkItemFields = {
  id: 30,
  createdAt: '2021-01-10T00:00:00Z',
  updatedAt: '2021-01-12T00:00:00Z',
  name: 'photos.tar',
  etag: '0123456789abcdef0123456789abcdef',
  institutionId: 2,
  intellectualObjectId: 10,
  genericFileId: null,
  bucket: 'aptrust.receiving.test.institution1.edu',
  user: 'system@aptrust.org',
  note: 'Ingest complete',
  action: 'Ingest',
  stage: 'Cleanup',
  status: 'Success',
  outcome: 'Ingest complete',
  bagDate: '2021-01-01T00:00:00Z',
  dateProcessed: '2021-01-12T00:00:00Z',
  retry: false,
  node: 'worker-1',
  pid: 1234,
  needsAdminReview: true,
  queuedAt: '2021-01-10T00:00:01Z',
  size: 4000,
  stageStartedAt: '2021-01-11T00:00:00Z',
  aptrustApprover: null,
  instApprover: null,
  deletionRequestId: null,
};

const source: NewItemSource = { lastIngest, object, receivingBucket: 'aptrust.receiving.test.institution1.edu', now };

const RESET_FIELDS = {
  id: null,
  createdAt: now,
  updatedAt: now,
  dateProcessed: now,
  needsAdminReview: false,
  node: null,
  note: 'Not started',
  outcome: 'Not started',
  pid: 0,
  queuedAt: null,
  retry: true,
  stage: 'Requested',
  stageStartedAt: null,
  status: 'Pending',
};

describe(tarNameForBag.name, () => {
  it('appends .tar to a bag name', () => {
    expect(tarNameForBag('photos')).toBe('photos.tar');
  });

  it('does not append it twice', () => {
    expect(tarNameForBag('photos.tar')).toBe('photos.tar');
  });
});

describe(itemFromLastIngest.name, () => {
  it('copies the last ingest and resets the processing fields', () => {
    expect(itemFromLastIngest(source)).toEqual({ ...lastIngest, ...RESET_FIELDS, size: 5000 });
  });

  it("takes the object's current active size, 0 without active files", () => {
    expect(itemFromLastIngest({ ...source, object: { ...object, size: null } }).size).toBe(0);
  });

  it('synthesizes the ingest from the object when there is none', () => {
    expect(itemFromLastIngest({ ...source, lastIngest: null })).toMatchObject({
      ...RESET_FIELDS,
      bucket: 'aptrust.receiving.test.institution1.edu',
      name: 'photos.tar',
      etag: '0123456789abcdef0123456789abcdef',
      institutionId: 2,
      intellectualObjectId: 10,
      bagDate: '2021-01-12T17:14:35Z',
      size: 5000,
    });
  });
});

describe(newRestorationItem.name, () => {
  it('creates a Restore Object item for the requester', () => {
    const item = newRestorationItem({ ...source, requesterEmail: 'user@inst1.edu' });
    expect(item).toMatchObject({ action: 'Restore Object', genericFileId: null, user: 'user@inst1.edu', stage: 'Requested', status: 'Pending' });
    expect(validateWorkItem(item)).toEqual([]);
  });

  it('creates a Restore File item with the file id, keeping the object size', () => {
    const item = newRestorationItem({ ...source, file: { id: 20 }, requesterEmail: 'user@inst1.edu' });
    expect(item).toMatchObject({ action: 'Restore File', genericFileId: 20, size: 5000 });
  });

  it('uses Glacier Restore for Glacier-only objects, for files too', () => {
    const glacier = { ...source, object: { ...object, storageOption: 'Glacier-Deep-OR' } };
    expect(newRestorationItem({ ...glacier, requesterEmail: 'u@i.edu' }).action).toBe('Glacier Restore');
    expect(newRestorationItem({ ...glacier, file: { id: 20 }, requesterEmail: 'u@i.edu' })).toMatchObject({ action: 'Glacier Restore', genericFileId: 20 });
  });

  it('produces a valid item from a synthesized ingest', () => {
    const item = newRestorationItem({ ...source, lastIngest: null, requesterEmail: 'user@inst1.edu' });
    expect(validateWorkItem(item)).toEqual([]);
  });
});

describe(newDeletionItem.name, () => {
  const request: DeletionItemRequest = {
    ...source,
    requester: { email: 'user@inst1.edu', institutionId: 2 },
    approver: { email: 'admin@inst1.edu', institutionId: 2, role: 'institutional_admin' },
    deletionRequestId: 8,
  };

  it('creates an approved Delete item for the object', () => {
    const result = newDeletionItem(request);
    expect(result).toEqual({
      ok: true,
      item: { ...lastIngest, ...RESET_FIELDS, size: 5000, action: 'Delete', genericFileId: null, user: 'user@inst1.edu', instApprover: 'admin@inst1.edu', deletionRequestId: 8 },
    });
  });

  it('takes the file id and the file size for a file deletion', () => {
    expect(newDeletionItem({ ...request, file: { id: 20, size: 123 } })).toMatchObject({ ok: true, item: { genericFileId: 20, size: 123 } });
  });

  it('uses Delete even for Glacier-only objects', () => {
    expect(newDeletionItem({ ...request, object: { ...object, storageOption: 'Glacier-VA' } })).toMatchObject({ ok: true, item: { action: 'Delete' } });
  });

  it('refuses a requester from another institution', () => {
    expect(newDeletionItem({ ...request, requester: { ...request.requester, institutionId: 3 } })).toEqual({
      ok: false, error: 'deletion requester does not belong to the institution that owns this object',
    });
  });

  it('refuses an approver from another institution', () => {
    expect(newDeletionItem({ ...request, approver: { ...request.approver, institutionId: 3 } })).toEqual({
      ok: false, error: 'deletion approver does not belong to the institution that owns this object',
    });
  });

  it('refuses an approver who is not an institutional admin', () => {
    expect(newDeletionItem({ ...request, approver: { ...request.approver, role: 'admin' } })).toEqual({
      ok: false, error: 'deletion approver must be an institutional admin',
    });
  });
});
