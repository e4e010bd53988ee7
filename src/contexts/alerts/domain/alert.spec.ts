import { readAtAfterMarkRead, readAtAfterMarkUnread } from './alert.js';

describe(readAtAfterMarkRead.name, () => {
  it('sets read_at when unread', () => {
    expect(readAtAfterMarkRead(null, '2024-01-02T00:00:00Z')).toBe('2024-01-02T00:00:00Z');
  });

  it('keeps the first read time', () => {
    expect(readAtAfterMarkRead('2024-01-01T00:00:00Z', '2024-01-02T00:00:00Z')).toBe('2024-01-01T00:00:00Z');
  });
});

describe(readAtAfterMarkUnread.name, () => {
  it('clears read_at', () => {
    expect(readAtAfterMarkUnread()).toBeNull();
  });
});
