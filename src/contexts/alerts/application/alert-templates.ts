/**
 * The plain-text bodies of alert emails (workflows.md §7.3). Each opens with the APTrust greeting and
 * closes with the help address and the team signature; deletion and restoration alerts link to the
 * user guide. Deletion review links carry their token only in the email, never in stored content.
 */
const HELP_ADDRESS = 'help@aptrust.org';
const GREETING = 'Hello from APTrust,';
const CLOSING = `If you have questions, please contact us at ${HELP_ADDRESS}.\n\nThe APTrust Team\nhttps://aptrust.org\n${HELP_ADDRESS}`;
const DELETION_GUIDE = 'https://aptrust.github.io/userguide/preservation/deletion/';
const RESTORATION_GUIDE = 'https://aptrust.github.io/userguide/preservation/restoration/';

const letter = (...paragraphs: string[]): string => [GREETING, ...paragraphs, CLOSING].join('\n\n');

export const alertTemplates = {
  deletionRequested: (p: { requesterName: string; reviewUrl: string }) =>
    letter(
      `${p.requesterName} has requested the deletion of materials your institution has deposited in APTrust.`,
      `To review the request, and then approve or cancel it, follow this link:\n\n${p.reviewUrl}`,
      `Nothing will be deleted unless an institutional administrator approves the request. Read more about deletions at ${DELETION_GUIDE}`,
    ),

  deletionConfirmed: (p: { requesterName: string; approverName: string; requestUrl: string; workItemUrls: readonly string[] }) =>
    letter(
      `${p.approverName} has approved the deletion requested by ${p.requesterName}.`,
      `You can see the request at ${p.requestUrl}`,
      `The deletion is now queued. You can follow its progress here:\n\n${p.workItemUrls.join('\n')}`,
      `Read more about deletions at ${DELETION_GUIDE}`,
    ),

  deletionCancelled: (p: { requesterName: string; cancellerName: string; requestUrl: string }) =>
    letter(
      `${p.cancellerName} has cancelled the deletion requested by ${p.requesterName}. Nothing will be deleted.`,
      `You can see the request at ${p.requestUrl}`,
      `Read more about deletions at ${DELETION_GUIDE}`,
    ),

  deletionCompleted: (p: { requesterName: string; approverName: string; requestUrl: string; itemIdentifier: string }) =>
    letter(
      `${p.itemIdentifier} has been deleted from preservation storage.`,
      `The deletion was requested by ${p.requesterName} and approved by ${p.approverName}. You can see the request at ${p.requestUrl}`,
      `Read more about deletions at ${DELETION_GUIDE}`,
    ),

  failedFixity: (p: { startDate: string; endDate: string; alertUrl: string }) =>
    letter(
      `One or more files failed fixity checks between ${p.startDate} and ${p.endDate}.`,
      `You can see the failed checks here:\n\n${p.alertUrl}`,
      'A failed fixity check means a stored copy no longer matches its recorded checksum. APTrust staff investigate every failure.',
    ),

  restorationCompleted: (p: { requesterName: string; itemName: string; restorationUrl: string }) =>
    letter(
      `The restoration of ${p.itemName} that ${p.requesterName} requested is complete.`,
      `The restored copy is at:\n\n${p.restorationUrl}`,
      `Read more about restorations at ${RESTORATION_GUIDE}`,
    ),

  restorationSpotTestCompleted: (p: { itemName: string; restorationUrl: string; spotTestDays: number; registryUrl: string }) =>
    letter(
      `As part of our restoration spot tests, which run every ${p.spotTestDays} days for your institution, we restored ${p.itemName}.`,
      `The restored copy is at:\n\n${p.restorationUrl}`,
      `Please check that it is complete and correct. You can change the spot-test schedule in the Registry at ${p.registryUrl}`,
      `Read more about restorations at ${RESTORATION_GUIDE}`,
    ),

  stalledWorkItems: (p: { itemUrls: readonly string[]; hours: number }) =>
    letter(`These work items have not moved for more than ${p.hours} hours:\n\n${p.itemUrls.join('\n')}`),

  /** `userName` is the person who made the change: the account's owner, or an administrator. */
  passwordChanged: (p: { userName: string; registryUrl: string; changeDate: string; userAgent: string; ipAddress: string }) =>
    letter(
      `The password for your account at ${p.registryUrl} was changed by ${p.userName} on ${p.changeDate}.`,
      `This change came from user agent ${p.userAgent} at IP address ${p.ipAddress}.`,
    ),

  passwordReset: (p: { passwordResetUrl: string }) =>
    letter(
      'Someone asked to reset the password of your APTrust Registry account. If it was you, follow this link to choose a new password:',
      p.passwordResetUrl,
      'The link works once and expires soon. If you did not ask for this, ignore this email; your password has not changed.',
    ),

  welcome: (p: { adminName: string; passwordResetUrl: string }) =>
    letter(
      `${p.adminName} has created an APTrust Registry account for you.`,
      `To finish setting it up, follow this link and choose your password:\n\n${p.passwordResetUrl}`,
    ),
} as const;
