import { createTestApp, type TestApp } from '../../support/test-app.js';
import { pageText, signIn, signInPageTarget, WebClient } from '../../support/web-client.js';

jest.setTimeout(60_000);

/** First of the month `back` months before the current one (UTC), `YYYY-MM-DD`. */
const firstOfMonth = (back: number): string => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1)).toISOString().slice(0, 10);
};

/** The cells of each body row of the page's first table, as text. */
const tableRows = (html: string): string[][] => {
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
  return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => [...m[1].matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((c) => pageText(c[1])));
};

const chartData = (html: string) => JSON.parse(/<script type="application\/json" id="report-chart-data">([\s\S]*?)<\/script>/.exec(html)![1]);

describe('web: reports', () => {
  let t: TestApp;
  let sysAdmin: WebClient;
  let instUser: WebClient;
  let instAdmin: WebClient;
  let otherUser: WebClient;
  const query = (sql: string, params: unknown[] = []) => t.db.dataSource.query(sql, params);

  beforeAll(async () => {
    t = await createTestApp();
    [sysAdmin, instUser, instAdmin, otherUser] = await Promise.all(
      ['system@aptrust.org', 'user@inst1.edu', 'admin@inst1.edu', 'user@inst2.edu'].map((email) => signIn(t, email)),
    );
  });
  afterAll(async () => {
    await t.close();
  });

  describe('GET /reports/deposits', () => {
    it('sends anonymous visitors to sign in', async () => {
      const response = await new WebClient(t).get('/reports/deposits');
      expect(response.statusCode).toBe(401);
      expect(signInPageTarget(response)).toBe('/users/sign_in?requrl=%2Freports%2Fdeposits');
    });

    it('shows sys admins every institution today, with the cube totals, monthly costs and a bar chart', async () => {
      const page = await sysAdmin.get('/reports/deposits');
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('<title>APTrust Registry - Deposit Report</title>');
      const rows = tableRows(page.body);
      expect(rows).toContainEqual(['Institution One', 'Standard', '3', '10', '72.810', '0.071', '$1.97']);
      // The Total row carries the sum of the institution's options (0.38 + 0.11 + 1.97 + 0.90).
      expect(rows).toContainEqual(['Institution One', 'Total', '6', '17', '631.440', '0.617', '$3.35']);
      expect(rows.at(-1)).toEqual(['All Institutions', 'Total', '13', '59', '1,714.313', '1.674', '$24.52']);
      expect(page.body).toMatch(/<th scope="col" class="num">Monthly Cost<\/th>/);
      const chart = chartData(page.body);
      expect(chart).toMatchObject({ type: 'bar', metric: 'total_gb' });
      expect(chart.labels).toContain('Institution Two Wasabi-OR');
      expect(chart.datasets[0].values.file_count).toHaveLength(rows.length);
      expect(page.body).toContain('<script src="/static/vendor/chart.js/chart.umd.min.js"></script>');
      expect(page.body).toMatch(/<canvas id="report-chart" role="img" aria-label="[^"]+">/);
      expect(page.body).toContain('<option value="0" selected>All Institutions</option>');
      expect(page.body).toMatch(/<a href="\/reports\/billing">Billing<\/a>/);
    });

    it('limits institutional users to their own institution, without costs or the institution filter', async () => {
      const page = await instUser.get('/reports/deposits?institution_id=2&chart_metric=file_count');
      expect(page.statusCode).toBe(200);
      const rows = tableRows(page.body);
      expect(rows.map((r) => r[0])).toEqual(Array(5).fill('Institution One'));
      expect(rows[0]).toHaveLength(6);
      expect(page.body).not.toContain('Monthly Cost');
      expect(page.body).not.toContain('name="institution_id"');
      expect(page.body).not.toContain('/reports/billing');
      expect(chartData(page.body).metric).toBe('file_count');
      expect(pageText((await otherUser.get('/reports/deposits')).body)).not.toContain('Institution One');
      expect((await instUser.get('/reports/deposits?institution_id=3')).statusCode).toBe(403);
    });

    it('reads the monthly snapshot of a past first-of-month date, and one zero row for any other past date', async () => {
      const lastMonth = firstOfMonth(1);
      const snapshot = tableRows((await sysAdmin.get(`/reports/deposits?end_date=${lastMonth}&storage_option=Standard`)).body);
      expect(snapshot.map((r) => r.slice(0, 2))).toEqual([
        ['Institution One', 'Standard'], ['Institution Two', 'Standard'], ['Test Institution (for integration tests)', 'Standard'], ['All Institutions', 'Standard'],
      ]);
      const notSnapshot = tableRows((await sysAdmin.get(`/reports/deposits?end_date=${lastMonth.slice(0, 8)}15`)).body);
      expect(notSnapshot).toEqual([['Total', 'Total', '0', '0', '0.000', '0.000', '$0.00']]);
      const page = await sysAdmin.get(`/reports/deposits?end_date=${lastMonth.slice(0, 8)}15`);
      expect(page.body).toContain(`<option value="${lastMonth.slice(0, 8)}15" selected>`);
    });

    it('adds roll-up rows over an institution and its active sub-accounts', async () => {
      const date = firstOfMonth(2);
      const [{ id }] = await query(
        `INSERT INTO institutions (name, identifier, created_at, updated_at, state, type, member_institution_id, receiving_bucket, restore_bucket)
         VALUES ('Sub Account', 'sub.institution1.edu', now(), now(), 'A', 'SubscriptionInstitution', 2, 'r.sub', 's.sub') RETURNING id`,
      );
      await query(
        `INSERT INTO historical_deposit_stats (institution_id, member_institution_id, institution_name, storage_option, object_count, file_count, total_bytes, total_gb, total_tb, cost_gb_per_month, monthly_cost, end_date, primary_sort, secondary_sort)
         VALUES ($1, 2, 'Sub Account', 'Standard', 2, 4, 1073741824000, 1000, 0.9765625, 0.027, 27, $2, 'Sub Account', 'Standard'),
                ($1, 2, 'Sub Account', 'Total', 2, 4, 1073741824000, 1000, 0.9765625, 0, 0, $2, 'Sub Account', 'zzz')`,
        [id, date],
      );
      try {
        const rows = tableRows((await instAdmin.get(`/reports/deposits?end_date=${date}`)).body);
        expect(rows.filter((r) => r[0] === 'Sub Account').map((r) => r[1])).toEqual(['Standard', 'Total']);
        const rollup = rows.filter((r) => r[0] === 'All Institutions');
        expect(rollup.map((r) => r[1])).toEqual(['Glacier-Deep-OH', 'Glacier-Deep-VA', 'Glacier-OR', 'Standard', 'Wasabi-OR', 'Wasabi-VA', 'Total']);
        expect(rollup.find((r) => r[1] === 'Standard')!.slice(2, 4)).toEqual(['5', '14']);
        expect(rollup.find((r) => r[1] === 'Total')!.slice(2, 4)).toEqual(['8', '21']);
      } finally {
        await query(`DELETE FROM historical_deposit_stats WHERE institution_id = $1`, [id]);
        await query(`DELETE FROM institutions WHERE id = $1`, [id]);
      }
    });

    it('draws deposits over time as one line per institution and storage option', async () => {
      const page = await sysAdmin.get(`/reports/deposits?report_type=over_time&institution_id=2&start_date=${firstOfMonth(3)}`);
      expect(page.statusCode).toBe(200);
      const chart = chartData(page.body);
      expect(chart.type).toBe('line');
      expect(chart.labels).toHaveLength(4);
      expect(chart.datasets.map((d: { label: string }) => d.label)).toContain('Institution One Standard');
      expect(chart.datasets.every((d: { label: string }) => d.label.startsWith('Institution One'))).toBe(true);
      expect(page.body).toMatch(/<select id="f-storage_option" name="storage_option" disabled/);
      expect(page.body).toContain(`<option value="${firstOfMonth(0)}" selected>`);
      const all = chartData((await sysAdmin.get(`/reports/deposits?report_type=over_time&start_date=${firstOfMonth(1)}`)).body);
      expect(all.datasets.every((d: { label: string }) => d.label.startsWith('All Institutions'))).toBe(true);
    });

    it('downloads the table as CSV, quoting names that need it', async () => {
      await query(`UPDATE historical_deposit_stats SET institution_name = 'Smith, "Jones" College' WHERE institution_id = 3 AND end_date = $1`, [firstOfMonth(1)]);
      const csv = await sysAdmin.get(`/reports/deposits?end_date=${firstOfMonth(1)}&format=csv`);
      expect(csv.statusCode).toBe(200);
      expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(csv.headers['content-disposition']).toBe(`attachment; filename="deposits-${firstOfMonth(1)}.csv"`);
      const lines = csv.body.split('\r\n');
      expect(lines[0]).toBe('Institution,Storage Option,Object Count,File Count,Total Bytes,Total GB,Total TB,Monthly Cost,End Date');
      expect(lines).toContainEqual(expect.stringMatching(/^"Smith, ""Jones"" College",Standard,3,30,\d+,/));
      expect(lines.at(-1)).toBe('');
      await query(`UPDATE historical_deposit_stats SET institution_name = 'Institution Two' WHERE institution_id = 3`);

      const own = await instUser.get('/reports/deposits?format=csv');
      expect(own.body.split('\r\n')[0]).toBe('Institution,Storage Option,Object Count,File Count,Total Bytes,Total GB,Total TB,End Date');
      expect(own.body).not.toContain('Institution Two');
      const timeline = await sysAdmin.get(`/reports/deposits?report_type=over_time&start_date=${firstOfMonth(2)}&format=csv`);
      expect(timeline.headers['content-disposition']).toMatch(/^attachment; filename="deposits-over-time-/);
      expect(timeline.body.split('\r\n')[0]).toBe('End Date,Institution,Storage Option,Object Count,File Count,Total Bytes,Total GB,Total TB');
    });
  });

  describe('GET /reports/billing', () => {
    it('is for sys admins only', async () => {
      expect((await instAdmin.get('/reports/billing')).statusCode).toBe(403);
      expect((await otherUser.get('/reports/billing?institution_id=3')).statusCode).toBe(403);
      expect(signInPageTarget(await new WebClient(t).get('/reports/billing'))).toBe('/users/sign_in?requrl=%2Freports%2Fbilling');
    });

    it('asks for an institution, then lists its storage per month with the overage beyond 10 TB', async () => {
      expect(pageText((await sysAdmin.get('/reports/billing')).body)).toContain('Choose an institution to see its billing report.');
      const month = firstOfMonth(1);
      await query(`UPDATE historical_deposit_stats SET total_tb = 12.5, total_gb = 12800 WHERE institution_id = 3 AND storage_option = 'Standard' AND end_date = $1`, [month]);
      const page = await sysAdmin.get(`/reports/billing?institution_id=3&start_date=${firstOfMonth(3)}`);
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('<title>APTrust Registry - Billing Report</title>');
      const rows = tableRows(page.body);
      // Three snapshots after the start date, three options with data each; the Total rows are left out.
      expect(rows).toHaveLength(9);
      const [year, mm] = month.split('-').map(Number);
      const described = new Date(Date.UTC(year, mm - 2, 1)).toLocaleString('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });
      expect(rows).toContainEqual([described, 'Standard', '12,800.00', '12.50', '2.50']);
      expect(rows.filter((r) => r[1] === 'Total')).toEqual([]);
      const csv = await sysAdmin.get(`/reports/billing?institution_id=3&start_date=${firstOfMonth(3)}&format=csv`);
      expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(csv.body).toContain(`${described},${month},Institution Two,Standard,12800,12.5,2.5\r\n`);
    });
  });

  it('serves the chart library from /static, and nothing else of its package', async () => {
    const lib = await t.app.inject({ method: 'GET', url: '/static/vendor/chart.js/chart.umd.min.js' });
    expect(lib.statusCode).toBe(200);
    expect(lib.headers['content-type']).toMatch(/javascript/);
    expect(lib.body).toContain('Chart.js v4');
    expect((await t.app.inject({ method: 'GET', url: '/static/vendor/chart.js/chart.cjs' })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/static/js/report-chart.js' })).statusCode).toBe(200);
  });
});
