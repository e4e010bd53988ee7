import { INGEST_STAGES } from './work-item.js';
import { requeue, requeueStageChoices, requeueTopic } from './requeue.rules.js';

describe(requeueTopic.name, () => {
  it.each([
    ['Receive', 'ingest01_prefetch'],
    ['Validate', 'ingest02_bag_validation'],
    ['Reingest Check', 'ingest03_reingest_check'],
    ['Copy To Staging', 'ingest04_staging'],
    ['Format Identification', 'ingest05_format_identification'],
    ['Store', 'ingest06_storage'],
    ['Storage Validation', 'ingest07_storage_validation'],
    ['Record', 'ingest08_record'],
    ['Cleanup', 'ingest09_cleanup'],
  ])('maps Ingest at %s to %s', (stage, topic) => {
    expect(requeueTopic('Ingest', stage)).toBe(topic);
  });

  it.each(['Requested', 'Resolve', 'Fetch', null])('has no topic for Ingest at %p', (stage) => {
    expect(requeueTopic('Ingest', stage)).toBeNull();
  });

  it.each([
    ['Delete', 'delete_item'],
    ['Restore File', 'restore_file'],
    ['Glacier Restore', 'restore_glacier'],
    ['Restore Object', 'restore_object'],
  ])('maps %s to %s whatever the stage', (action, topic) => {
    expect(requeueTopic(action, 'Requested')).toBe(topic);
    expect(requeueTopic(action, 'Resolve')).toBe(topic);
  });

  it('has no topic for unknown actions', () => {
    expect(requeueTopic('Restore', 'Requested')).toBeNull();
    expect(requeueTopic(null, 'Requested')).toBeNull();
    expect(requeueTopic('toString', 'Requested')).toBeNull();
  });
});

describe(requeue.name, () => {
  it('returns the topic and the reset fields', () => {
    expect(requeue({ action: 'Ingest', status: 'Started' }, 'Store')).toEqual({
      ok: true,
      topic: 'ingest06_storage',
      changes: { stage: 'Store', status: 'Pending', retry: true, needsAdminReview: false, node: null, outcome: null, pid: 0, note: 'Requeued for Store' },
    });
  });

  it('refuses a stage without a topic', () => {
    expect(requeue({ action: 'Ingest', status: 'Pending' }, 'Requested')).toEqual({ ok: false, error: 'item cannot be requeued to the specified stage' });
  });

  it.each(['Success', 'Failed', 'Cancelled'])('refuses a %s item (the reference did not)', (status) => {
    expect(requeue({ action: 'Restore Object', status }, 'Requested')).toEqual({ ok: false, error: 'completed items cannot be requeued' });
  });

  it('requeues a completed item with the explicit override', () => {
    const result = requeue({ action: 'Ingest', status: 'Failed' }, 'Receive', { allowCompleted: true });
    expect(result).toMatchObject({ ok: true, topic: 'ingest01_prefetch' });
  });

  it('requeues a Suspended item', () => {
    expect(requeue({ action: 'Delete', status: 'Suspended' }, 'Requested')).toMatchObject({ ok: true, topic: 'delete_item' });
  });
});

describe(requeueStageChoices.name, () => {
  it('offers ingest stages up to and including the current one', () => {
    expect(requeueStageChoices({ action: 'Ingest', stage: 'Copy To Staging' })).toEqual(['Receive', 'Validate', 'Reingest Check', 'Copy To Staging']);
    expect(requeueStageChoices({ action: 'Ingest', stage: 'Receive' })).toEqual(['Receive']);
  });

  it('offers all nine ingest stages when the current stage is not an ingest stage', () => {
    expect(requeueStageChoices({ action: 'Ingest', stage: 'Requested' })).toEqual([...INGEST_STAGES]);
  });

  it('offers only Requested for other actions', () => {
    expect(requeueStageChoices({ action: 'Restore File', stage: 'Resolve' })).toEqual(['Requested']);
  });
});
