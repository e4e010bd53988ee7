import { COMPLETED_STATUSES, hasCompleted, INGEST_STAGES, isPending, STAGES, STATUSES, WORK_ITEM_ACTIONS } from './work-item.js';

describe('work item enumerations', () => {
  it('match the reference counts', () => {
    expect(WORK_ITEM_ACTIONS).toHaveLength(5);
    expect(STAGES).toHaveLength(16);
    expect(STATUSES).toHaveLength(6);
  });

  it('list only valid stages as ingest stages, in processing order', () => {
    expect(INGEST_STAGES.every((stage) => (STAGES as readonly string[]).includes(stage))).toBe(true);
    expect(INGEST_STAGES[0]).toBe('Receive');
    expect(INGEST_STAGES[INGEST_STAGES.length - 1]).toBe('Cleanup');
  });
});

describe(hasCompleted.name, () => {
  it.each(['Cancelled', 'Failed', 'Success'])('is true for %s', (status) => {
    expect(hasCompleted(status)).toBe(true);
  });

  it.each(['Pending', 'Started', 'Suspended', null])('is false for %p', (status) => {
    expect(hasCompleted(status)).toBe(false);
  });
});

describe(isPending.name, () => {
  it('counts Suspended as pending, like every pending-work check', () => {
    expect(isPending('Suspended')).toBe(true);
  });

  it('is the complement of the completed set', () => {
    expect(STATUSES.filter(isPending)).toEqual(['Pending', 'Started', 'Suspended']);
    expect(STATUSES.filter((s) => !isPending(s))).toEqual([...COMPLETED_STATUSES].sort());
  });
});
