import { adminEditChanges, ingestObjectIdentifier, isMissingIngestObjectLink } from './admin-edit.rules.js';
import { interimDataDocument, interimDataFields } from './interim-data.rules.js';
import type { WorkItemFields } from './work-item.js';

const item = {
  action: 'Ingest', stage: 'Record', status: 'Started', retry: false, needsAdminReview: true, note: 'old', node: 'worker-1', pid: 44, intellectualObjectId: null,
} as unknown as WorkItemFields;

describe(adminEditChanges.name, () => {
  it('parses the form into changes', () => {
    const result = adminEditChanges(item, { Stage: 'Cleanup', Status: 'Success', Retry: 'true', NeedsAdminReview: 'false', Note: 'fixed', Node: ' ', PID: '0' }, null);
    expect(result).toEqual({
      ok: true,
      changes: { stage: 'Cleanup', status: 'Success', retry: true, needsAdminReview: false, note: 'fixed', node: null, pid: 0, intellectualObjectId: null },
    });
  });

  it('keeps the stored value of a field the form leaves out, and reads booleans as Go does', () => {
    expect(adminEditChanges(item, { Stage: 'Receive', Status: 'Pending' }, null)).toEqual({
      ok: true,
      changes: { stage: 'Receive', status: 'Pending', retry: false, needsAdminReview: true, note: 'old', node: 'worker-1', pid: 44, intellectualObjectId: null },
    });
    const result = adminEditChanges(item, { Retry: 'T', NeedsAdminReview: '0' }, null);
    expect(result.ok && [result.changes.retry, result.changes.needsAdminReview]).toEqual([true, false]);
  });

  it('reports a bad PID under its field', () => {
    expect(adminEditChanges(item, { PID: '-3' }, null)).toEqual({ ok: false, errors: [{ field: 'PID', jsonField: 'pid', message: 'PID must be a whole number, 0 or more.' }] });
  });

  it('links only the offered object, and ignores the field when nothing is offered', () => {
    const linked = adminEditChanges(item, { IntellectualObjectID: '7' }, 7);
    expect(linked.ok && linked.changes.intellectualObjectId).toBe(7);
    expect(adminEditChanges(item, { IntellectualObjectID: '8' }, 7).ok).toBe(false);
    const ignored = adminEditChanges({ ...item, intellectualObjectId: 3 }, { IntellectualObjectID: '9' }, null);
    expect(ignored.ok && ignored.changes.intellectualObjectId).toBe(3);
  });
});

describe(isMissingIngestObjectLink.name, () => {
  it('is true only for a successful ingest without an object', () => {
    expect(isMissingIngestObjectLink({ action: 'Ingest', status: 'Success', intellectualObjectId: null })).toBe(true);
    expect(isMissingIngestObjectLink({ action: 'Ingest', status: 'Success', intellectualObjectId: 4 })).toBe(false);
    expect(isMissingIngestObjectLink({ action: 'Delete', status: 'Success', intellectualObjectId: null })).toBe(false);
    expect(ingestObjectIdentifier('example.edu', 'bag.tar')).toBe('example.edu/bag');
  });
});

describe(interimDataFields.name, () => {
  it('names the object and every stage result for ingests, the restoration for restores', () => {
    const fields = interimDataFields('Ingest', 'x.edu/bag');
    expect(fields[0]).toBe('object:x.edu/bag');
    expect(fields).toContain('workresult:ingest09_cleanup');
    expect(fields).toHaveLength(10);
    expect(interimDataFields('Restore File', 'x.edu/bag')).toEqual(['restoration:x.edu/bag']);
    expect(interimDataFields('Delete', 'x.edu/bag')).toEqual([]);
    expect(interimDataDocument({ a: '{"b":1}', c: 'text' })).toBe('{\n  "a": {\n    "b": 1\n  },\n  "c": "text"\n}');
  });
});
