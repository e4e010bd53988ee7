import { isForced, toWorkItemWrite, type WorkItemRequest, type WorkItemRequeueRequest } from './work-item.request.js';

describe(toWorkItemWrite.name, () => {
  const body: WorkItemRequest = {
    id: 0, name: 'bag.tar', etag: '0123456789abcdef0123456789abcdef', institution_id: 2, intellectual_object_id: 0, generic_file_id: 0,
    bucket: 'bucket', user: 'a@b.edu', note: '', action: 'Ingest', stage: 'Receive', status: 'Pending', outcome: '',
    bag_date: '2026-01-02T03:04:05.123456789+01:00', date_processed: '2026-01-02T03:04:05Z', retry: false, node: '', pid: 0,
    needs_admin_review: false, queued_at: '0001-01-01T00:00:00Z', size: 0, stage_started_at: '0001-01-01T00:00:00Z',
    aptrust_approver: '', inst_approver: '', deletion_request_id: 0, created_at: '0001-01-01T00:00:00Z', updated_at: '2026-01-02T03:04:05Z',
  };

  it('turns Go zero values into null, but keeps false booleans and zero sizes and pids', () => {
    expect(toWorkItemWrite(body)).toEqual({
      createdAt: null, name: 'bag.tar', etag: '0123456789abcdef0123456789abcdef', institutionId: 2, intellectualObjectId: null, genericFileId: null,
      bucket: 'bucket', user: 'a@b.edu', note: null, action: 'Ingest', stage: 'Receive', status: 'Pending', outcome: null,
      bagDate: '2026-01-02T02:04:05.123456Z', dateProcessed: '2026-01-02T03:04:05Z', retry: false, node: null, pid: 0,
      needsAdminReview: false, queuedAt: null, size: 0, stageStartedAt: null, aptrustApprover: null, instApprover: null, deletionRequestId: null,
    });
  });

  it('reads missing fields as none', () => {
    const write = toWorkItemWrite({});
    expect(write).toMatchObject({ name: null, retry: false, needsAdminReview: false, pid: null, size: null, queuedAt: null });
  });
});

describe(isForced.name, () => {
  it('takes true, "true" and "1" as an override', () => {
    for (const force of [true, 'true', '1']) expect(isForced({ stage: 'Receive', force } as WorkItemRequeueRequest)).toBe(true);
    for (const force of [undefined, false, 'false', '0', '']) expect(isForced({ stage: 'Receive', force } as WorkItemRequeueRequest)).toBe(false);
  });
});
