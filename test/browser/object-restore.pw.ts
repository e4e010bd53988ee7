import { launchBrowser, saveScreenshot, signInWithPassword, startBrowserApp, type BrowserApp, type TestBrowser } from '../support/browser.js';

jest.setTimeout(120_000);

describe('browser: restoring an object', () => {
  let app: BrowserApp;
  let browser: TestBrowser;
  beforeAll(async () => {
    [app, browser] = await Promise.all([startBrowserApp(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('finds an object by its identifier and queues its restoration', async () => {
    const page = await browser.newPage();
    await signInWithPassword(page, app.baseUrl, 'admin@inst1.edu');
    await page.goto(`${app.baseUrl}/objects`);
    await page.getByLabel('Identifier starts with', { exact: true }).fill('institution1.edu/pdfs');
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.waitForURL(/identifier__starts_with=institution1\.edu%2Fpdfs/);
    const rows = page.locator('table tbody tr');
    await expect(rows.count()).resolves.toBe(1);
    await saveScreenshot(page, 'object-restore-search');

    await page.getByRole('table').getByRole('link', { name: 'institution1.edu/pdfs', exact: true }).click();
    await page.waitForURL(/\/objects\/show\/\d+/);
    await page.getByRole('button', { name: /^Restore/ }).click();
    // The confirmation comes from /objects/request_restore/:id, in a dialog.
    const dialog = page.getByRole('dialog', { name: 'Restore Object' });
    await dialog.getByText("This object will be restored to your institution's receiving bucket", { exact: false }).waitFor();
    await dialog.getByText('institution1.edu/pdfs', { exact: true }).waitFor();
    await saveScreenshot(page, 'object-restore-confirm');
    await dialog.getByRole('button', { name: 'Confirm', exact: true }).click();
    await page.waitForURL(/\/objects\/init_restore\/\d+/);
    await page.getByRole('heading', { name: 'Restoration Requested' }).waitFor();
    await expect(page.getByRole('status').textContent()).resolves.toContain('has been queued for restoration');
    await saveScreenshot(page, 'object-restore-queued');

    const [item] = await app.t.db.dataSource.query(
      `SELECT w.action, w.status, w.stage FROM work_items w JOIN intellectual_objects o ON o.id = w.intellectual_object_id
        WHERE o.identifier = 'institution1.edu/pdfs' ORDER BY w.id DESC LIMIT 1`,
    );
    expect(item).toEqual({ action: 'Restore Object', status: 'Pending', stage: 'Requested' });
    await page.close();
  });
});
