import { lastFixityCheckAfter } from './fixity.rules.js';

describe(lastFixityCheckAfter.name, () => {
  it("takes a file-level fixity check's date_time", () => {
    expect(lastFixityCheckAfter({ eventType: 'fixity check', genericFileId: 5, dateTime: '2024-02-02T02:02:02.5Z' })).toBe('2024-02-02T02:02:02.5Z');
  });

  it('does so for failed checks too', () => {
    expect(lastFixityCheckAfter({ eventType: 'fixity check', genericFileId: 5, dateTime: '2024-02-03T00:00:00Z' })).toBe('2024-02-03T00:00:00Z');
  });

  it('changes nothing for other event types or object-level events', () => {
    expect(lastFixityCheckAfter({ eventType: 'ingestion', genericFileId: 5, dateTime: '2024-02-02T00:00:00Z' })).toBeNull();
    expect(lastFixityCheckAfter({ eventType: 'fixity check', genericFileId: null, dateTime: '2024-02-02T00:00:00Z' })).toBeNull();
  });
});
