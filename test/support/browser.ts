import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { createTestApp, type TestApp } from './test-app.js';

/** Debian's chromium (`apt-get install chromium`); the browser tests never download a browser build. */
export const CHROMIUM = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const SCREENSHOT_DIR = path.join(__dirname, '..', 'browser', 'screenshots');

/** The whole app listening on a free loopback port, on a fresh fixtures database. */
export interface BrowserApp {
  readonly t: TestApp;
  readonly baseUrl: string;
  close(): Promise<void>;
}

export async function startBrowserApp(options: Parameters<typeof createTestApp>[0] = {}): Promise<BrowserApp> {
  const t = await createTestApp(options);
  await t.app.listen(0, '127.0.0.1');
  const { port } = t.app.getHttpServer().address() as AddressInfo;
  return { t, baseUrl: `http://127.0.0.1:${port}`, close: () => t.close() };
}

/** A headless chromium with a fresh profile (its own user-data-dir, removed on close). */
export interface TestBrowser {
  readonly context: BrowserContext;
  /** A new page with no cookies left from earlier pages. */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<TestBrowser> {
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'registry-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    /** A page in a signed-out browser: every journey starts without the previous one's cookies. */
    async newPage() {
      await context.clearCookies();
      const page = await context.newPage();
      // Confirmation prompts (data-confirm forms) are answered yes, as a user going ahead would.
      page.on('dialog', (dialog) => void dialog.accept());
      return page;
    },
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Saves a full-page screenshot as test/browser/screenshots/<name>.png (git-ignored) and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Signs in through the form with the keyboard-free path (fill and click); resolves on the page that follows. */
export async function signInWithPassword(page: Page, baseUrl: string, email: string, password = 'password'): Promise<void> {
  await page.goto(`${baseUrl}/users/sign_in`);
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await Promise.all([page.waitForURL((url) => url.pathname !== '/users/sign_in'), page.getByRole('button', { name: 'Sign in' }).click()]);
}
