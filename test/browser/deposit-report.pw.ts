import type { Page } from 'playwright-core';
import { launchBrowser, saveScreenshot, signInWithPassword, startBrowserApp, type BrowserApp, type TestBrowser } from '../support/browser.js';

jest.setTimeout(120_000);

/** Waits for the report chart to be drawn with `metric`, and returns what chart.js holds. */
async function drawnChart(page: Page, metric: string) {
  await page.locator(`canvas#report-chart[data-rendered="${metric}"]`).waitFor();
  return page.evaluate(() => {
    // Runs in the page (the test's TypeScript has no DOM typings): the few browser shapes it uses.
    type Canvas = { width: number; height: number; getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } } };
    type ChartJs = { getChart(c: Canvas): { config: { type: string }; data: { labels: string[]; datasets: { data: number[] }[] } } };
    const page = globalThis as unknown as { document: { getElementById(id: string): Canvas }; Chart: ChartJs };
    const canvas = page.document.getElementById('report-chart');
    const chart = page.Chart.getChart(canvas);
    // Painted pixels: some non-transparent pixel inside the plot.
    const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    let painted = 0;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) painted++;
    return { type: chart.config.type, labels: chart.data.labels, datasets: chart.data.datasets.length, first: chart.data.datasets[0]?.data ?? [], painted, width: canvas.width };
  });
}

describe('browser: deposit report', () => {
  let app: BrowserApp;
  let browser: TestBrowser;
  beforeAll(async () => {
    [app, browser] = await Promise.all([startBrowserApp(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('draws the deposits by institution as a bar chart and switches the metric in place', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await signInWithPassword(page, app.baseUrl, 'system@aptrust.org');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
    await page.waitForURL('**/reports/deposits');

    const chart = await drawnChart(page, 'total_gb');
    expect(chart.type).toBe('bar');
    expect(chart.labels).toContain('Institution One Standard');
    expect(chart.painted).toBeGreaterThan(1000);
    await expect(page.getByRole('table').getByRole('cell', { name: 'All Institutions' }).first().isVisible()).resolves.toBe(true);
    await saveScreenshot(page, 'deposit-report-by-institution');

    await page.getByLabel('Chart', { exact: true }).selectOption('file_count');
    const files = await drawnChart(page, 'file_count');
    expect(files.first[files.labels.indexOf('Institution One Standard')]).toBe(10);
    expect(page.url()).toMatch(/\/reports\/deposits$/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draws deposits over time as lines', async () => {
    const page = await browser.newPage();
    await signInWithPassword(page, app.baseUrl, 'admin@inst1.edu');
    const start = new Date(Date.UTC(new Date().getUTCFullYear() - 1, 0, 1)).toISOString().slice(0, 10);
    await page.goto(`${app.baseUrl}/reports/deposits`);
    await page.getByLabel('Report', { exact: true }).selectOption('over_time');
    await page.getByRole('button', { name: 'Show report' }).click();
    await page.waitForURL(/report_type=over_time/);
    await page.getByLabel('From', { exact: true }).selectOption(start);
    await page.getByRole('button', { name: 'Show report' }).click();
    await page.waitForURL(new RegExp(`start_date=${start}`));
    const chart = await drawnChart(page, 'total_gb');
    expect(chart.type).toBe('line');
    expect(chart.labels.length).toBeGreaterThanOrEqual(12);
    expect(chart.datasets).toBeGreaterThan(1);
    expect(chart.painted).toBeGreaterThan(1000);
    await saveScreenshot(page, 'deposit-report-over-time');
    await page.close();
  });
});
