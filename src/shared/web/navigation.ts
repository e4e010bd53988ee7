import type { Actor } from '../access/actor.js';
import { roleHasPermission } from '../access/role-permissions.js';
import type { Permission } from '../access/permission.js';

export interface NavItem {
  readonly label: string;
  readonly href: string;
  readonly current: boolean;
}

interface NavEntry {
  readonly label: string;
  /** Where the link goes; a function for links that depend on the user. */
  readonly href: string | ((actor: Actor) => string);
  /** Shown to roles holding this permission. */
  readonly permission: Permission;
  /** Hidden from sys admins (who reach the same page through another entry). */
  readonly notForSysAdmin?: boolean;
}

/** The main navigation, in display order; web pages add their entry here. */
const NAV: readonly NavEntry[] = [
  { label: 'Dashboard', href: '/dashboard', permission: 'DashboardShow' },
  { label: 'Objects', href: '/objects', permission: 'IntellectualObjectRead' },
  { label: 'Files', href: '/files', permission: 'FileRead' },
  { label: 'Events', href: '/events', permission: 'EventRead' },
  { label: 'Work Items', href: '/work_items', permission: 'WorkItemRead' },
  { label: 'Alerts', href: '/alerts', permission: 'AlertRead' },
  // The reference's deletions index lives at `/deletions/` (`/deletions` redirects there).
  { label: 'Deletions', href: '/deletions/', permission: 'DeletionRequestList' },
  { label: 'Institutions', href: '/institutions', permission: 'InstitutionList' },
  { label: 'My Institution', href: (actor) => `/institutions/show/${actor.institutionId}`, permission: 'InstitutionRead', notForSysAdmin: true },
  { label: 'Users', href: '/users', permission: 'UserRead' },
  { label: 'Reports', href: '/reports/deposits', permission: 'DepositReportShow' },
  { label: 'NSQ', href: '/nsq', permission: 'NsqAdmin' },
  { label: 'Internal Metadata', href: '/internal_metadata', permission: 'InternalMetadataRead' },
];

export function navigationFor(actor: Actor, currentPath: string): NavItem[] {
  return NAV.filter((entry) => roleHasPermission(actor.role, entry.permission) && !(entry.notForSysAdmin && actor.role === 'admin')).map((entry) => {
    const href = typeof entry.href === 'string' ? entry.href : entry.href(actor);
    return { label: entry.label, href, current: currentPath === href || currentPath.startsWith(href.endsWith('/') ? href : `${href}/`) };
  });
}
