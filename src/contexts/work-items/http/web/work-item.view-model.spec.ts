import type { WorkItemViewRow } from '../../application/work-item.read-model.js';
import { offersRedisDelete, requeueForm, statusBadge, toWorkItemViewModel } from './work-item.view-model.js';

describe(requeueForm.name, () => {
  it('offers ingest stages up to the current one, and only Requested for other actions', () => {
    expect(requeueForm({ action: 'Ingest', stage: 'Reingest Check', status: 'Pending' })).toEqual({ stages: ['Receive', 'Validate', 'Reingest Check'], current: 'Reingest Check' });
    expect(requeueForm({ action: 'Restore Object', stage: 'Requested', status: 'Started' })).toEqual({ stages: ['Requested'], current: 'Requested' });
  });

  it('is not offered for completed items', () => {
    for (const status of ['Success', 'Failed', 'Cancelled']) expect(requeueForm({ action: 'Ingest', stage: 'Receive', status })).toBeNull();
    expect(requeueForm({ action: 'Ingest', stage: 'Receive', status: 'Suspended' })).not.toBeNull();
  });
});

describe(toWorkItemViewModel.name, () => {
  it('links the object and file and labels the status', () => {
    const view = toWorkItemViewModel({ id: 5, intellectual_object_id: 2, generic_file_id: null, status: 'Failed', size: 1024 } as WorkItemViewRow);
    expect(view).toMatchObject({ href: '/work_items/show/5', objectHref: '/objects/show/2', fileHref: null, sizeLabel: '1.0 kB', completed: true });
    expect(view.statusBadge).toEqual({ label: 'Failed', tone: 'bad' });
    expect(statusBadge('Pending').tone).toBe('');
  });

  it('offers the Redis delete for completed items and ingests', () => {
    expect(offersRedisDelete({ action: 'Ingest', status: 'Started' })).toBe(true);
    expect(offersRedisDelete({ action: 'Restore File', status: 'Success' })).toBe(true);
    expect(offersRedisDelete({ action: 'Restore File', status: 'Started' })).toBe(false);
  });
});
