import { createTestApp, type TestApp } from '../../support/test-app.js';
import { pageText, signIn, signInPageTarget, WebClient } from '../../support/web-client.js';

// Whole-app tests that sign in (bcrypt) run slowly when the suites share the machine.
jest.setTimeout(60_000);

describe('web: dashboard', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await t.db.dataSource.query('REFRESH MATERIALIZED VIEW current_deposit_stats');
  });
  afterAll(async () => {
    await t.close();
  });

  const query = (sql: string, params: unknown[] = []) => t.db.dataSource.query(sql, params);
  const section = (html: string, id: string) => {
    const start = html.indexOf(`id="${id}"`);
    return start === -1 ? '' : html.slice(start, html.indexOf('</table>', start));
  };

  it('shows an institutional user their institution\'s work items, deposits and counts, and their own alerts', async () => {
    const user = await signIn(t, 'user@inst1.edu');
    const page = await user.get('/dashboard');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>APTrust Registry - Dashboard</title>');
    expect(page.body).toContain('Recent Work Items');
    expect(page.body).toContain('Notifications');
    const text = pageText(page.body);
    expect(text).toContain('Institution One');
    expect(text).toContain('Institutional User');
    expect(text).toContain('Alerts in the last 30 days');

    const workItems = section(page.body, 'recent-work-items');
    expect((workItems.match(/href="\/work_items\/show\/\d+"/g) ?? []).length).toBe(10);
    const [newest] = await query(`SELECT id FROM work_items WHERE institution_id = 2 ORDER BY date_processed DESC, id DESC LIMIT 1`);
    expect(workItems).toContain(`href="/work_items/show/${newest.id}"`);
    const foreign = await query(`SELECT id FROM work_items WHERE institution_id <> 2`);
    for (const { id } of foreign) expect(workItems).not.toContain(`href="/work_items/show/${id}"`);

    const alerts = section(page.body, 'recent-alert-list');
    expect(alerts).toContain('href="/alerts/show/8/3"');
    expect(alerts).toContain('href="/alerts/show/7/3"');
    expect(alerts).not.toContain('/alerts/show/1/');

    const [{ objects }] = await query(`SELECT count(*)::int AS objects FROM intellectual_objects WHERE institution_id = 2 AND state = 'A'`);
    expect(page.body).toMatch(new RegExp(`id="object-count"><a href="/objects\\?state=A">${objects}</a>`));
    const [{ files }] = await query(`SELECT count(*)::int AS files FROM generic_files WHERE institution_id = 2 AND state = 'A'`);
    expect(page.body).toMatch(new RegExp(`id="file-count"><a href="/files\\?state=A">${files}</a>`));

    const deposits = pageText(section(page.body, 'deposits'));
    const stats = await query(`SELECT storage_option, file_count FROM current_deposit_stats WHERE institution_id = 2 ORDER BY secondary_sort`);
    expect(stats.length).toBeGreaterThan(0);
    for (const row of stats) expect(deposits).toContain(`${row.storage_option === 'Total' ? 'Total' : row.storage_option}`);
    expect(deposits.trim().split(' Total ').length).toBe(2);
    expect(deposits).toMatch(/Total \d+ [\d,]+ [\d.]+ (GB|TB|MB)$/);
  });

  it('shows a sys admin all institutions\' work items and deposits but only their own alerts', async () => {
    const admin = await signIn(t, 'system@aptrust.org');
    const page = await admin.get('/dashboard');
    expect(page.statusCode).toBe(200);
    const workItems = section(page.body, 'recent-work-items');
    const newest = await query(`SELECT id FROM work_items ORDER BY date_processed DESC, id DESC LIMIT 10`);
    for (const { id } of newest) expect(workItems).toContain(`href="/work_items/show/${id}"`);
    expect(pageText(workItems)).toContain('Institution');

    const alerts = section(page.body, 'recent-alert-list');
    expect(alerts).toContain('/alerts/show/1/1');
    expect(alerts).not.toContain('/alerts/show/8/3');
    expect(pageText(page.body)).toContain('Deposits by storage option (all institutions)');
    const [{ total }] = await query(`SELECT file_count::int AS total FROM current_deposit_stats WHERE institution_id IS NULL AND storage_option = 'Total'`);
    expect(pageText(section(page.body, 'deposits'))).toContain(`Total`);
    expect(pageText(section(page.body, 'deposits'))).toContain(total.toLocaleString('en-US'));
  });

  it('shows each institution its own deposits, and sends anonymous visitors to sign in', async () => {
    const other = await signIn(t, 'admin@test.edu');
    const page = await other.get('/dashboard');
    expect(page.statusCode).toBe(200);
    expect(pageText(section(page.body, 'deposits'))).toMatch(/Total/);
    const anonymous = await new WebClient(t).get('/dashboard');
    expect(anonymous.statusCode).toBe(401);
    expect(signInPageTarget(anonymous)).toBe('/users/sign_in?requrl=%2Fdashboard');
  });
});
