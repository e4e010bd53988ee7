import type { WorkItemViewRow } from '../../../work-items/index.js';
import { toDepositSummary, toRecentWorkItem } from './dashboard.view-model.js';

describe(toDepositSummary.name, () => {
  it('sizes each storage option and marks the total', () => {
    expect(toDepositSummary([
      { storageOption: 'Standard', objectCount: 2, fileCount: 5, totalBytes: 2048 },
      { storageOption: 'Total', objectCount: 2, fileCount: 5, totalBytes: 2048 },
    ])).toEqual([
      { storageOption: 'Standard', objectCount: 2, fileCount: 5, size: '2.0 kB', isTotal: false },
      { storageOption: 'Total', objectCount: 2, fileCount: 5, size: '2.0 kB', isTotal: true },
    ]);
  });

  it('shows a zero total when there are no deposits', () => {
    expect(toDepositSummary([])).toEqual([{ storageOption: 'Total', objectCount: 0, fileCount: 0, size: '0 B', isTotal: true }]);
  });
});

describe(toRecentWorkItem.name, () => {
  it('links the item and labels its status', () => {
    expect(toRecentWorkItem({ id: 4, name: 'a.tar', action: 'Ingest', stage: 'Cleanup', status: 'Success', institution_name: 'X', date_processed: null } as WorkItemViewRow))
      .toMatchObject({ href: '/work_items/show/4', status: { label: 'Success', tone: 'ok' } });
  });
});
