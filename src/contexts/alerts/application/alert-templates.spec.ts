import { alertTemplates } from './alert-templates.js';

const CLOSING = 'If you have questions, please contact us at help@aptrust.org.\n\nThe APTrust Team\nhttps://aptrust.org\nhelp@aptrust.org';
const DELETION_GUIDE = 'https://aptrust.github.io/userguide/preservation/deletion/';
const RESTORATION_GUIDE = 'https://aptrust.github.io/userguide/preservation/restoration/';

const every = {
  deletionRequested: alertTemplates.deletionRequested({ requesterName: 'Ann Admin', reviewUrl: 'https://repo.example/deletions/review/5?token=abc' }),
  deletionConfirmed: alertTemplates.deletionConfirmed({
    requesterName: 'Ann Admin',
    approverName: 'Bob Boss',
    requestUrl: 'https://repo.example/deletions/show/5',
    workItemUrls: ['https://repo.example/work_items/show/7', 'https://repo.example/work_items/show/8'],
  }),
  deletionCancelled: alertTemplates.deletionCancelled({ requesterName: 'Ann Admin', cancellerName: 'Bob Boss', requestUrl: 'https://repo.example/deletions/show/5' }),
  deletionCompleted: alertTemplates.deletionCompleted({
    requesterName: 'Ann Admin',
    approverName: 'Bob Boss',
    requestUrl: 'https://repo.example/deletions/show/5',
    itemIdentifier: 'inst.edu/bag',
  }),
  failedFixity: alertTemplates.failedFixity({ startDate: '2026-01-01', endDate: '2026-01-02', alertUrl: 'https://repo.example/events?outcome=Failed' }),
  restorationCompleted: alertTemplates.restorationCompleted({ requesterName: 'Ann Admin', itemName: 'inst.edu/bag', restorationUrl: 'https://s3.example/bag.tar' }),
  restorationSpotTestCompleted: alertTemplates.restorationSpotTestCompleted({
    itemName: 'inst.edu/bag',
    restorationUrl: 'https://s3.example/bag.tar',
    spotTestDays: 30,
    registryUrl: 'https://repo.example',
  }),
  stalledWorkItems: alertTemplates.stalledWorkItems({ itemUrls: ['https://repo.example/work_items/show/7'], hours: 24 }),
  passwordChanged: alertTemplates.passwordChanged({
    userName: 'Ann Admin',
    registryUrl: 'https://repo.example',
    changeDate: '2026-01-02T03:04:05Z',
    userAgent: 'Mozilla/5.0',
    ipAddress: '203.0.113.9',
  }),
  passwordReset: alertTemplates.passwordReset({ passwordResetUrl: 'https://repo.example/users/complete_password_reset/3?token=abc' }),
  welcome: alertTemplates.welcome({ adminName: 'Ann Admin', passwordResetUrl: 'https://repo.example/users/complete_password_reset/3?token=abc' }),
};

describe('alertTemplates', () => {
  it.each(Object.entries(every))('%s opens with the APTrust greeting and closes with the help address and the team signature', (_name, text) => {
    expect(text.startsWith('Hello from APTrust,\n\n')).toBe(true);
    expect(text.endsWith(`\n\n${CLOSING}`)).toBe(true);
  });

  it.each(['deletionRequested', 'deletionConfirmed', 'deletionCancelled', 'deletionCompleted'] as const)('%s links to the deletion page of the user guide', (name) => {
    expect(every[name]).toContain(DELETION_GUIDE);
  });

  it.each(['restorationCompleted', 'restorationSpotTestCompleted'] as const)('%s links to the restoration page of the user guide', (name) => {
    expect(every[name]).toContain(RESTORATION_GUIDE);
  });

  it('says who changed a password, when, and from which user agent and address', () => {
    expect(every.passwordChanged).toBe(
      'Hello from APTrust,\n\n' +
        'The password for your account at https://repo.example was changed by Ann Admin on 2026-01-02T03:04:05Z.\n\n' +
        'This change came from user agent Mozilla/5.0 at IP address 203.0.113.9.\n\n' +
        CLOSING,
    );
  });

  it('puts the review link, token and all, in the deletion-requested text it is given', () => {
    expect(every.deletionRequested).toContain('Ann Admin has requested the deletion');
    expect(every.deletionRequested).toContain('\n\nhttps://repo.example/deletions/review/5?token=abc\n\n');
  });

  it('lists every work item of an approved deletion, one a line', () => {
    expect(every.deletionConfirmed).toContain('Bob Boss has approved the deletion requested by Ann Admin.');
    expect(every.deletionConfirmed).toContain('https://repo.example/work_items/show/7\nhttps://repo.example/work_items/show/8');
  });
});
