import { paginationFor } from './pagination.js';

describe(paginationFor.name, () => {
  it('links neighbouring pages, keeps the other parameters and marks gaps', () => {
    const p = paginationFor({ count: 200, page: 5, perPage: 20, items: new Array(20) }, '/users', 'name__contains=a&page=5');
    expect(p.first).toBe(81);
    expect(p.last).toBe(100);
    expect(p.previous).toBe('/users?name__contains=a&page=4');
    expect(p.next).toBe('/users?name__contains=a&page=6');
    expect(p.pages.map((l) => l.label)).toEqual(['1', '…', '3', '4', '5', '6', '7', '…', '10']);
    expect(p.pages.find((l) => l.current)?.label).toBe('5');
  });

  it('has no previous or next link on a single page, and shows 0 of 0 when empty', () => {
    const p = paginationFor({ count: 0, page: 1, perPage: 20, items: [] }, '/users', '');
    expect(p).toMatchObject({ first: 0, last: 0, previous: null, next: null });
    expect(p.pages.map((l) => l.label)).toEqual(['1']);
  });
});
