export type RouteGroup = 'member-api' | 'admin-api' | 'web';

export const MEMBER_API_PREFIX = '/member-api/v3';
export const ADMIN_API_PREFIX = '/admin-api/v3';

/** Decided on the raw path, as the reference does. */
export function routeGroupOf(url: string): RouteGroup {
  if (url.startsWith('/member-api/')) return 'member-api';
  if (url.startsWith('/admin-api/')) return 'admin-api';
  return 'web';
}

export const isApiPath = (url: string): boolean => routeGroupOf(url) !== 'web';
