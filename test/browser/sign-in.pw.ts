import { SmsSender } from '../../src/contexts/identity/application/sms-sender.js';
import type { LoggingSmsSender } from '../../src/contexts/identity/infrastructure/sms/logging-sms.sender.js';
import { launchBrowser, saveScreenshot, startBrowserApp, type BrowserApp, type TestBrowser } from '../support/browser.js';

jest.setTimeout(120_000);

describe('browser: signing in', () => {
  let app: BrowserApp;
  let browser: TestBrowser;
  beforeAll(async () => {
    [app, browser] = await Promise.all([startBrowserApp(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('signs in with a password and a texted one-time code, and lands on the dashboard', async () => {
    // The fixture's phone stays as the reference stores it (14345551212, no '+'): codes go to +14345551212.
    await app.t.db.dataSource.query(`UPDATE users SET enabled_two_factor = true, confirmed_two_factor = true, authy_status = 'sms' WHERE id = 3`);
    const page = await browser.newPage();
    await page.goto(`${app.baseUrl}/users/sign_in`);
    await page.getByLabel('Email', { exact: true }).fill('user@inst1.edu');
    await page.getByLabel('Password', { exact: true }).fill('password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/users/2fa_choose');
    await saveScreenshot(page, 'sign-in-2fa-choose');

    await page.getByRole('button', { name: 'Text a code to the phone ending in 1212' }).click();
    await page.getByLabel('SMS Code', { exact: true }).waitFor();
    const sms = (app.t.app.get(SmsSender) as LoggingSmsSender).messages.filter((m) => m.phoneNumber === '+14345551212').at(-1);
    const code = /(\d{6})$/.exec(sms?.message ?? '')?.[1];
    expect(code).toMatch(/^\d{6}$/);
    await page.getByLabel('SMS Code', { exact: true }).fill(code!);
    await saveScreenshot(page, 'sign-in-2fa-code');
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.waitForURL('**/dashboard');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/Dashboard/);
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).isVisible()).resolves.toBe(true);
    await saveScreenshot(page, 'sign-in-2fa-dashboard');
    await page.close();
  });

  it('works with the keyboard alone: Tab reaches email, password and the button in order, Enter submits', async () => {
    const page = await browser.newPage();
    await page.goto(`${app.baseUrl}/users/sign_in`);
    const focused = () =>
      page.evaluate(() => {
        // Runs in the page (the test's TypeScript has no DOM typings): the few browser shapes it uses.
        type Element = { tagName: string; id: string; textContent: string | null };
        const browser = globalThis as unknown as { document: { activeElement: Element | null }; getComputedStyle(el: Element): { outlineStyle: string; outlineWidth: string } };
        const el = browser.document.activeElement;
        const style = el ? browser.getComputedStyle(el) : null;
        return { tag: el?.tagName ?? '', id: el?.id ?? '', text: (el?.textContent ?? '').trim(), outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : '' };
      });
    const order: string[] = [];
    let submitFocus: Awaited<ReturnType<typeof focused>> | undefined;
    for (let i = 0; i < 15 && !submitFocus; i++) {
      await page.keyboard.press('Tab');
      const f = await focused();
      order.push(f.id || `${f.tag}:${f.text}`);
      if (f.tag === 'BUTTON' && f.text === 'Sign in') submitFocus = f;
    }
    expect(order[0]).toBe('A:Skip to main content');
    const [email, password, submit] = ['email', 'password', 'BUTTON:Sign in'].map((name) => order.indexOf(name));
    expect(email).toBeGreaterThan(0);
    expect(password).toBe(email + 1);
    expect(submit).toBe(password + 1);
    // The focus is visible on the button it reached.
    expect(submitFocus!.outline).toMatch(/^solid [1-9]/);
    await saveScreenshot(page, 'sign-in-keyboard-focus');

    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect((await focused()).id).toBe('email');
    await page.keyboard.type('admin@inst1.edu');
    await page.keyboard.press('Tab');
    await page.keyboard.type('password');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/dashboard');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/Dashboard/);
    await saveScreenshot(page, 'sign-in-keyboard-dashboard');
    await page.close();
  });
});
