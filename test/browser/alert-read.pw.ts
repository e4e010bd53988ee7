import { launchBrowser, saveScreenshot, signInWithPassword, startBrowserApp, type BrowserApp, type TestBrowser } from '../support/browser.js';

jest.setTimeout(120_000);

describe('browser: alerts', () => {
  let app: BrowserApp;
  let browser: TestBrowser;
  beforeAll(async () => {
    [app, browser] = await Promise.all([startBrowserApp(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('marks a selected alert read without leaving the list', async () => {
    const [{ alert_id: alertId }] = await app.t.db.dataSource.query(
      `SELECT au.alert_id FROM alerts_users au WHERE au.user_id = 2 AND au.read_at IS NULL ORDER BY au.alert_id DESC LIMIT 1`,
    );
    const page = await browser.newPage();
    await signInWithPassword(page, app.baseUrl, 'admin@inst1.edu');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Alerts/ }).click();
    await page.waitForURL('**/alerts');
    const row = page.locator(`tr[data-alert-id="${alertId}"]`);
    await expect(row.locator('.read-state').textContent()).resolves.toContain('Unread');
    await saveScreenshot(page, 'alert-read-before');

    await row.getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Mark selected as read' }).click();
    await page.locator('#mark-status').filter({ hasText: '1 marked as read.' }).waitFor();
    await expect(row.locator('.read-state').textContent()).resolves.toBe('Read');
    await saveScreenshot(page, 'alert-read-after');

    const [mark] = await app.t.db.dataSource.query(`SELECT read_at IS NOT NULL AS read FROM alerts_users WHERE alert_id = $1 AND user_id = 2`, [alertId]);
    expect(mark.read).toBe(true);
    await page.close();
  });
});
