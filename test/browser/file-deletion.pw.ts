import bcrypt from 'bcryptjs';
import { emailSentWithoutDelivery } from '../support/outbox.js';
import { launchBrowser, saveScreenshot, signInWithPassword, startBrowserApp, type BrowserApp, type TestBrowser } from '../support/browser.js';

jest.setTimeout(120_000);

const SECOND_ADMIN = { email: 'admin2@inst1.edu', password: 'Second-Admin-1' };

describe('browser: deleting a file', () => {
  let app: BrowserApp;
  let browser: TestBrowser;
  const query = (sql: string, params: unknown[] = []) => app.t.db.dataSource.query(sql, params);

  beforeAll(async () => {
    [app, browser] = await Promise.all([startBrowserApp(), launchBrowser()]);
    // The requester may not approve their own request while another admin of the institution is active.
    await query(
      `INSERT INTO users (name, email, institution_id, role, encrypted_password, initial_password_updated, force_password_update, created_at, updated_at)
       VALUES ('Second Admin', $1, 2, 'institutional_admin', $2, true, false, now(), now())`,
      [SECOND_ADMIN.email, await bcrypt.hash(SECOND_ADMIN.password, 10)],
    );
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  /** A file of Institution One past its retention, with no pending work on it or its bag. */
  async function deletableFile(): Promise<{ id: number; identifier: string }> {
    const [file] = await query(
      `SELECT f.id, f.identifier FROM generic_files f JOIN intellectual_objects o ON o.id = f.intellectual_object_id
        WHERE f.institution_id = 2 AND f.state = 'A' AND f.created_at < now() - interval '1 year'
          AND NOT EXISTS (SELECT 1 FROM work_items w WHERE (w.generic_file_id = f.id OR (w.institution_id = o.institution_id AND w.name = o.bag_name))
                          AND w.status NOT IN ('Success', 'Failed', 'Cancelled'))
        ORDER BY f.id LIMIT 1`,
    );
    return file;
  }

  it('is requested by one institutional admin and approved by another through the emailed link', async () => {
    const file = await deletableFile();

    // The first admin asks for the deletion: the Delete button, its confirmation, the requested page.
    const requester = await browser.newPage();
    await signInWithPassword(requester, app.baseUrl, 'admin@inst1.edu');
    await requester.goto(`${app.baseUrl}/files/show/${file.id}`);
    await requester.getByRole('button', { name: 'Delete', exact: true }).click();
    const dialog = requester.getByRole('dialog', { name: 'Delete File' });
    await dialog.getByText('Are you sure you want to delete this file?').waitFor();
    await dialog.getByText(file.identifier, { exact: true }).waitFor();
    await saveScreenshot(requester, 'file-deletion-confirm');
    await dialog.getByRole('button', { name: 'Confirm', exact: true }).click();
    await requester.waitForURL(`**/files/init_delete/${file.id}`);
    await requester.getByRole('heading', { name: 'Deletion Requested' }).waitFor();
    await expect(requester.getByRole('link', { name: file.identifier }).count()).resolves.toBe(1);
    await saveScreenshot(requester, 'file-deletion-requested');
    await requester.close();

    // The second admin's "Deletion Requested" email carries the review link with its token.
    const [request] = await query(
      `SELECT r.id FROM deletion_requests r JOIN deletion_requests_generic_files f ON f.deletion_request_id = r.id
        WHERE f.generic_file_id = $1 ORDER BY r.id DESC LIMIT 1`,
      [file.id],
    );
    const email = await emailSentWithoutDelivery(app.t, (m) => m.to === SECOND_ADMIN.email && m.text.includes(`/deletions/review/${request.id}?token=`));
    const link = /https?:\/\/[^/\s"]+(\/deletions\/review\/\d+\?token=[^\s"<&]+)/.exec(email.text)![1];

    // The second admin signs in, opens the link and approves.
    const approver = await browser.newPage();
    await signInWithPassword(approver, app.baseUrl, SECOND_ADMIN.email, SECOND_ADMIN.password);
    await approver.goto(`${app.baseUrl}${link}`);
    await approver.getByRole('heading', { name: 'Review Deletion Request' }).waitFor();
    await approver.getByText('has asked to delete this file').waitFor();
    await saveScreenshot(approver, 'file-deletion-review');
    await approver.getByRole('button', { name: 'Approve deletion' }).click();
    await approver.waitForURL(`**/deletions/approve/${request.id}`);
    await approver.getByRole('heading', { name: 'Deletion Approved' }).waitFor();
    await saveScreenshot(approver, 'file-deletion-approved');

    const items = await query(`SELECT id, action, generic_file_id, status FROM work_items WHERE deletion_request_id = $1`, [request.id]);
    expect(items).toEqual([{ id: expect.any(Number), action: 'Delete', generic_file_id: file.id, status: 'Pending' }]);
    await expect(approver.getByRole('link', { name: `Delete work item ${items[0].id}` }).count()).resolves.toBe(1);
    await approver.close();
  });
});
