import { deletionStatusBadge, reviewKind, toDeletionListRow } from './deletion-request.view-model.js';
import type { DeletionRequestViewRow } from '../../application/deletion-request.read-model.js';

describe('deletion request view model', () => {
  it('names the status as the reference list does', () => {
    expect(deletionStatusBadge({ confirmed_at: null, cancelled_at: null })).toEqual({ label: 'Awaiting Approval', tone: 'warn' });
    expect(deletionStatusBadge({ confirmed_at: '2024-01-01T00:00:00Z' as never, cancelled_at: null })).toEqual({ label: 'Approved', tone: 'ok' });
    expect(deletionStatusBadge({ confirmed_at: null, cancelled_at: '2024-01-01T00:00:00Z' as never })).toEqual({ label: 'Rejected', tone: 'bad' });
  });

  it('tells a file request from one or several objects', () => {
    expect(reviewKind({ files: [{}] as never, objects: [] })).toBe('file');
    expect(reviewKind({ files: [], objects: [{}] as never })).toBe('object');
    expect(reviewKind({ files: [], objects: [{}, {}] as never })).toBe('objects');
  });

  it('links a list row to its request', () => {
    const row = { id: 7, confirmed_at: null, cancelled_at: null } as unknown as DeletionRequestViewRow;
    expect(toDeletionListRow(row)).toMatchObject({ href: '/deletions/show/7', status: { label: 'Awaiting Approval' } });
  });
});
