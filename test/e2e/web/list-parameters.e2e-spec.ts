import { pageText, useSignedInApp } from '../../support/web-client.js';

// Whole-app tests that sign in (bcrypt) run slowly when the suites share the machine.
jest.setTimeout(60_000);

/** The list-query rules the web lists share with the APIs (api.md §4.2–§4.5), over HTTP. */
describe('web: list parameters', () => {
  const { clients } = useSignedInApp();

  /** Where each identifier first appears on the page, in the order given. */
  const positions = (html: string, identifiers: readonly string[]) => identifiers.map((identifier) => html.indexOf(identifier));
  const isIncreasing = (numbers: readonly number[]) => numbers.every((n, i) => n >= 0 && (i === 0 || numbers[i - 1] < n));

  it('sorts by a field of the result ascending when the direction is invalid, reading bad paging as the defaults', async () => {
    const page = await clients.instUser.get('/objects?sort=description__up&page=0&per_page=abc');
    expect(page.statusCode).toBe(200);
    expect(pageText(page.body)).toContain('Showing 1 - 6 of 6');
    const byDescription = ['institution1.edu/photos', 'institution1.edu/gl-dp-oh', 'institution1.edu/gl-or', 'institution1.edu/wasabi-va'];
    expect(isIncreasing(positions(page.body, byDescription))).toBe(true);
  });

  it('accepts a column sorted twice; its first direction orders', async () => {
    const page = await clients.instUser.get('/objects?sort=identifier__desc&sort=identifier__asc');
    expect(page.statusCode).toBe(200);
    expect(isIncreasing(positions(page.body, ['institution1.edu/wasabi-va', 'institution1.edu/photos', 'institution1.edu/glass']))).toBe(true);
  });

  it('reads per_page=0 as 20 rows', async () => {
    const page = await clients.sysAdmin.get('/work_items?per_page=0');
    expect(page.statusCode).toBe(200);
    expect(pageText(page.body)).toContain('Showing 1 - 20 of 33');
  });

  it('sorts users by any UserView field and applies no deactivated_at__is_null condition for a value other than true / false', async () => {
    const sorted = await clients.instAdmin.get('/users?sort=phone_number__desc&sort=institution_state&sort=name');
    expect(sorted.statusCode).toBe(200);
    const unfiltered = pageText((await clients.instAdmin.get('/users?deactivated_at__is_null=maybe')).body);
    expect(unfiltered).toContain('Inactive User');
    expect(unfiltered).toContain('Inst One User');
    expect(pageText((await clients.instAdmin.get('/users?deactivated_at__is_null=true')).body)).not.toContain('Inactive User');
  });

  it('still answers 400 for an unknown sort column', async () => {
    expect((await clients.instUser.get('/objects?sort=nope__asc')).statusCode).toBe(400);
    expect((await clients.instAdmin.get('/users?sort=authy_id')).statusCode).toBe(400);
  });
});
