import type { Page } from '../listing/index.js';

export interface PaginationLink {
  readonly label: string;
  readonly href: string | null;
  readonly current: boolean;
}

export interface Pagination {
  readonly first: number;
  readonly last: number;
  readonly count: number;
  readonly previous: string | null;
  readonly next: string | null;
  /** Page numbers around the current one; `href` null for a gap ("…"). */
  readonly pages: readonly PaginationLink[];
}

/** Links to other pages of a list, keeping every other query parameter as it was sent. */
export function paginationFor(
  page: Pick<Page<unknown>, 'count' | 'page' | 'perPage'> & { items: readonly unknown[] },
  path: string,
  query: string,
  /** The page number's parameter, for a page with two lists. */
  pageParam = 'page',
): Pagination {
  const totalPages = Math.max(1, Math.ceil(page.count / page.perPage));
  const href = (n: number) => {
    const params = new URLSearchParams(query);
    params.set(pageParam, String(n));
    return `${path}?${params.toString()}`;
  };
  const shown = new Set([1, totalPages, page.page - 2, page.page - 1, page.page, page.page + 1, page.page + 2].filter((n) => n >= 1 && n <= totalPages));
  const pages: PaginationLink[] = [];
  let previousNumber = 0;
  for (const n of [...shown].sort((a, b) => a - b)) {
    if (n - previousNumber > 1) pages.push({ label: '…', href: null, current: false });
    pages.push({ label: String(n), href: href(n), current: n === page.page });
    previousNumber = n;
  }
  const first = page.items.length === 0 ? 0 : (page.page - 1) * page.perPage + 1;
  return {
    first,
    last: first === 0 ? 0 : first + page.items.length - 1,
    count: page.count,
    previous: page.page > 1 ? href(page.page - 1) : null,
    next: page.page < totalPages ? href(page.page + 1) : null,
    pages,
  };
}
