/** The permission catalogue: `<Resource><Action>`, as the reference names them. */
export const PERMISSIONS = [
  'AlertCreate', 'AlertDelete', 'AlertRead', 'AlertUpdate',
  'BillingReportShow',
  'ChecksumCreate', 'ChecksumDelete', 'ChecksumRead', 'ChecksumUpdate',
  'DashboardShow',
  'DeletionRequestApprove', 'DeletionRequestList', 'DeletionRequestShow',
  'DepositReportShow',
  'EventCreate', 'EventDelete', 'EventRead', 'EventUpdate',
  'FileCreate', 'FileDelete', 'FileFinishBulkDelete', 'FileRead', 'FileRequestDelete', 'FileRestore', 'FileUpdate',
  'GenerateFailedFixityAlert',
  'InstitutionCreate', 'InstitutionDelete', 'InstitutionList', 'InstitutionRead', 'InstitutionUpdate', 'InstitutionUpdatePrefs',
  'IntellectualObjectBatchDelete', 'IntellectualObjectCreate', 'IntellectualObjectDelete', 'IntellectualObjectFinishBulkDelete',
  'IntellectualObjectRead', 'IntellectualObjectRequestDelete', 'IntellectualObjectRestore', 'IntellectualObjectUpdate',
  'InternalMetadataRead',
  'NsqAdmin',
  'PrepareFileDelete', 'PrepareObjectDelete',
  'ReportRead',
  'RedisList', 'RedisRead',
  'StorageRecordCreate', 'StorageRecordDelete', 'StorageRecordRead', 'StorageRecordUpdate',
  'UserComplete2FASetup', 'UserConfirmPhone', 'UserCreate', 'UserDelete', 'UserDeleteSelf', 'UserGenerateBackupCodes',
  'UserInit2FASetup', 'UserRead', 'UserReadSelf', 'UserSignIn', 'UserSignOut', 'UserTwoFactorBackup', 'UserTwoFactorChoose',
  'UserTwoFactorGenerateSMS', 'UserTwoFactorPush', 'UserTwoFactorResend', 'UserTwoFactorVerify', 'UserUpdate', 'UserUpdateSelf',
  'WorkItemCreate', 'WorkItemDelete', 'WorkItemRead', 'WorkItemRedisDelete', 'WorkItemRequeue', 'WorkItemUpdate',
] as const;

export type Permission = (typeof PERMISSIONS)[number];
