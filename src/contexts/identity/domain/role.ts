import type { Role } from '../../../shared/access/role-permissions.js';

export { ROLES, type Role } from '../../../shared/access/role-permissions.js';

/** APTrust system administrator; only valid for users of the aptrust.org institution. */
export const ROLE_SYS_ADMIN: Role = 'admin';
export const ROLE_INST_ADMIN: Role = 'institutional_admin';
export const ROLE_INST_USER: Role = 'institutional_user';
/** The column default; accepted by validation, grants nothing. */
export const ROLE_NONE: Role = 'none';

export const isSysAdmin = (role: string | null | undefined): boolean => role === ROLE_SYS_ADMIN;
