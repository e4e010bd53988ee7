import { TestNsqd } from '../support/nsqd.js';
import { launchBrowser, saveScreenshot, signInWithPassword, startBrowserApp, type BrowserApp, type TestBrowser } from '../support/browser.js';

jest.setTimeout(120_000);

describe('browser: sys admin tools', () => {
  let nsqd: TestNsqd;
  let app: BrowserApp;
  let browser: TestBrowser;
  beforeAll(async () => {
    nsqd = await TestNsqd.start();
    [app, browser] = await Promise.all([startBrowserApp({ env: { NSQD_HTTP_ADDRESS: nsqd.httpAddress } }), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await nsqd?.stop();
  });

  it('creates the default NSQ topics, then pauses one after confirming', async () => {
    const page = await browser.newPage();
    const asked: string[] = [];
    page.on('dialog', (dialog) => asked.push(dialog.message()));
    await signInWithPassword(page, app.baseUrl, 'system@aptrust.org');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'NSQ' }).click();
    await page.waitForURL('**/nsq');
    await page.getByRole('button', { name: 'Create default topics' }).click();
    await page.getByRole('status').filter({ hasText: 'Created 9 default topics' }).waitFor();

    const topic = page.locator('section.nsq-topic').filter({ has: page.getByRole('heading', { name: /^ingest01_prefetch/ }) });
    await topic.getByRole('button', { name: 'Pause topic ingest01_prefetch', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Succeeded: pause ingest01_prefetch' }).waitFor();
    await expect(topic.getByRole('heading').first().textContent()).resolves.toContain('Paused');
    expect(asked).toEqual([]);

    await page.getByRole('button', { name: 'Pause all channels', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Succeeded: pause all channels' }).waitFor();
    expect(asked).toEqual(['Do you want to pause all channels?']);
    await saveScreenshot(page, 'nsq-dashboard');
    await page.close();
  });

  it('opens the billing report of an institution', async () => {
    const page = await browser.newPage();
    await signInWithPassword(page, app.baseUrl, 'system@aptrust.org');
    await page.goto(`${app.baseUrl}/reports/deposits`);
    await page.getByRole('navigation', { name: 'Reports' }).getByRole('link', { name: 'Billing' }).click();
    await page.waitForURL('**/reports/billing');
    await page.getByLabel('Institution', { exact: true }).selectOption({ label: 'Institution Two' });
    await page.getByRole('button', { name: 'Show report' }).click();
    await page.waitForURL(/institution_id=3/);
    await expect(page.getByRole('table').getByRole('row').count()).resolves.toBeGreaterThan(3);
    await saveScreenshot(page, 'billing-report');
    await page.close();
  });

  it('shows the internal metadata page', async () => {
    const page = await browser.newPage();
    await signInWithPassword(page, app.baseUrl, 'system@aptrust.org');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Internal Metadata' }).click();
    await page.waitForURL('**/internal_metadata');
    await page.getByRole('heading', { name: 'Background jobs' }).waitFor();
    await saveScreenshot(page, 'internal-metadata');
    await page.close();
  });
});
