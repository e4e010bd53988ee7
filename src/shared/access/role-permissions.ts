import { PERMISSIONS, type Permission } from './permission.js';

export const ROLES = ['admin', 'institutional_admin', 'institutional_user', 'none'] as const;
export type Role = (typeof ROLES)[number];

const INSTITUTIONAL_USER: readonly Permission[] = [
  'AlertRead', 'AlertUpdate', 'ChecksumRead', 'DashboardShow', 'DeletionRequestList', 'DeletionRequestShow', 'DepositReportShow',
  'EventRead', 'FileRead', 'FileRestore', 'InstitutionRead', 'IntellectualObjectRead', 'IntellectualObjectRestore', 'ReportRead',
  'StorageRecordRead', 'UserComplete2FASetup', 'UserConfirmPhone', 'UserGenerateBackupCodes', 'UserInit2FASetup', 'UserReadSelf',
  'UserSignIn', 'UserSignOut', 'UserTwoFactorBackup', 'UserTwoFactorChoose', 'UserTwoFactorGenerateSMS', 'UserTwoFactorPush',
  'UserTwoFactorResend', 'UserTwoFactorVerify', 'UserUpdateSelf', 'WorkItemRead',
];

const INSTITUTIONAL_ADMIN: readonly Permission[] = [
  ...INSTITUTIONAL_USER,
  'DeletionRequestApprove', 'FileDelete', 'FileRequestDelete', 'InstitutionUpdatePrefs', 'IntellectualObjectDelete',
  'IntellectualObjectRequestDelete', 'UserCreate', 'UserDelete', 'UserRead', 'UserUpdate',
];

/** Denied to sys admins: nobody may alter checksums or events, and only institutional admins decide deletions. */
const DENIED_TO_SYS_ADMIN: readonly Permission[] = [
  'ChecksumDelete', 'ChecksumUpdate', 'EventDelete', 'EventUpdate',
  'DeletionRequestApprove', 'FileRequestDelete', 'IntellectualObjectRequestDelete',
];

/** Which role holds which permission, as data (the reference's permission matrix). */
export const ROLE_PERMISSIONS: Readonly<Record<Role, ReadonlySet<Permission>>> = {
  admin: new Set(PERMISSIONS.filter((p) => !DENIED_TO_SYS_ADMIN.includes(p))),
  institutional_admin: new Set(INSTITUTIONAL_ADMIN),
  institutional_user: new Set(INSTITUTIONAL_USER),
  none: new Set(),
};

export const roleHasPermission = (role: Role, permission: Permission): boolean => ROLE_PERMISSIONS[role].has(permission);
