import { currentSort, filterChips, filterValues, humanSize, sortHeaders, stateBadge } from './list-view.js';

describe(sortHeaders.name, () => {
  it('marks the sorted column, reverses it on click and restarts paging', () => {
    const headers = sortHeaders('/objects', 'state=A&sort=identifier__asc&page=3', { identifier: 'Identifier', size: 'Size' }, 'updated_at__desc', ['size']);
    expect(headers.identifier).toEqual({ label: 'Identifier', href: '/objects?state=A&sort=identifier__desc', state: 'ascending' });
    expect(headers.size).toEqual({ label: 'Size', href: '/objects?state=A&sort=size__desc', state: 'none' });
  });

  it('uses the default sort when the query has none', () => {
    expect(currentSort('', 'updated_at__desc')).toEqual({ field: 'updated_at', direction: 'desc' });
    expect(sortHeaders('/x', '', { updated_at: 'Updated' }, 'updated_at__desc').updated_at.state).toBe('descending');
  });
});

describe(filterChips.name, () => {
  it('has a chip per known, non-empty filter with a link that removes only it', () => {
    const chips = filterChips('/objects', 'state=A&institution_id=3&storage_option=&bogus=1&page=2&sort=size__asc', { state: 'State', institution_id: 'Institution', storage_option: 'Storage' }, {
      institution_id: (v) => `Inst ${v}`,
    });
    expect(chips).toEqual([
      { label: 'State', value: 'A', removeHref: '/objects?institution_id=3&storage_option=&bogus=1&sort=size__asc' },
      { label: 'Institution', value: 'Inst 3', removeHref: '/objects?state=A&storage_option=&bogus=1&sort=size__asc' },
    ]);
  });

  it('keeps the first value of each parameter for the form', () => {
    expect(filterValues('a=1&a=2&b=x+y')).toEqual({ a: '1', b: 'x y' });
  });
});

describe(humanSize.name, () => {
  it('shows bytes in powers of 1024', () => {
    expect(humanSize(0)).toBe('0 B');
    expect(humanSize(1)).toBe('1 B');
    expect(humanSize(1023)).toBe('1023 B');
    expect(humanSize(1536)).toBe('1.5 kB');
    expect(humanSize(1280)).toBe('1.2 kB'); // Go's %.1f: an exact tie rounds to even
    expect(humanSize(1_657_065_000)).toBe('1.5 GB');
    expect(humanSize(62_706_000_000)).toBe('58.4 GB');
    expect(humanSize(443_737_370_000)).toBe('413.3 GB');
    expect(humanSize(2 ** 40)).toBe('1.0 TB');
    expect(humanSize('2048')).toBe('2.0 kB');
    expect(humanSize(null)).toBe('');
  });
});

describe(stateBadge.name, () => {
  it('names the states', () => {
    expect(stateBadge('A')).toEqual({ label: 'Active', tone: 'ok' });
    expect(stateBadge('D')).toEqual({ label: 'Deleted', tone: 'bad' });
  });
});
