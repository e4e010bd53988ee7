import { randomUUID } from 'node:crypto';
import { pageText, signInPageTarget, useSignedInApp, WebClient } from '../../support/web-client.js';

// Whole-app tests that sign in (bcrypt) run slowly when the suites share the machine.
jest.setTimeout(60_000);

describe('web: events', () => {
  const app = useSignedInApp();
  const { clients, query } = app;
  let failedId = 0;
  const failedUuid = randomUUID();

  beforeAll(async () => {
    // A failed fixity check recorded today, as the failed-fixity alert links to it (workflows.md §4.3).
    const [row] = await query(
      `INSERT INTO premis_events (identifier, event_type, date_time, outcome_detail, detail, outcome_information, object, agent,
         intellectual_object_id, generic_file_id, created_at, updated_at, outcome, institution_id)
       VALUES ($1, 'fixity check', now() AT TIME ZONE 'UTC', 'md5:bad', 'Fixity check against registry checksum', 'Fixity did not match',
         'Go crypto/md5', 'https://github.com/APTrust/preservation-services', 1, 1, now(), now(), 'Failed', 2)
       RETURNING id`,
      [failedUuid],
    );
    failedId = row.id;
  });

  const today = () => new Date().toISOString().slice(0, 10);
  const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

  it('opens the failed-fixity alert link with its filters applied', async () => {
    const link = `/events?event_type=fixity+check&outcome=Failed&institution_id=2&date_time__gteq=${today()}&date_time__lteq=${tomorrow()}`;
    const page = await clients.instAdmin.get(link);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>APTrust Registry - PREMIS Events</title>');
    const text = pageText(page.body);
    expect(text).toContain('Showing 1 - 1 of 1');
    expect(text).toContain('Type: fixity check');
    expect(text).toContain('Outcome: Failed');
    expect(page.body).toContain(`href="/events/show/${failedId}"`);
    expect(page.body).toContain('<option value="fixity check" selected>');
    // The reference's filter markup (TestEventList) and result count.
    for (const markup of ['select name="event_type" id="event_type"', 'select name="outcome" id="outcome"']) expect(page.body).toContain(markup);
    expect(pageText(page.body)).toMatch(/\d+ - \d+ of (\d+)/);
    expect(page.body).toContain(`value="${today()}"`);

    const all = await clients.sysAdmin.get(link.replace('&institution_id=2', ''));
    expect(pageText(all.body)).toContain('Showing 1 - 1 of 1');
    expect((await clients.otherUser.get(link)).statusCode).toBe(403);
  });

  it('lists events per persona with filters, sorting and paging', async () => {
    const own = await clients.instUser.get('/events?per_page=5&unknown=1');
    expect(own.statusCode).toBe(200);
    const [{ count }] = await query(`SELECT count(*)::int AS count FROM premis_events WHERE institution_id = 2`);
    expect(pageText(own.body)).toContain(`Showing 1 - 5 of ${count}`);
    expect(own.body).toContain('aria-sort="descending"');

    const objectEvents = await clients.sysAdmin.get('/events?generic_file_id__is_null=true&event_type=deletion');
    expect(pageText(objectEvents.body)).toContain('Level: Object events only');
    expect(pageText(objectEvents.body)).toContain('institution2.edu/toads');
    expect(objectEvents.body).toMatch(/<details open>/);

    expect((await clients.instUser.get('/events?date_time__gteq=not-a-date')).statusCode).toBe(400);
    expect(signInPageTarget(await new WebClient(app.t).get('/events'))).toBe('/users/sign_in?requrl=%2Fevents');
  });

  it('shows an event by id or identifier to its institution only', async () => {
    const page = await clients.instUser.get(`/events/show/${failedId}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>APTrust Registry - PREMIS Event Detail</title>');
    const text = pageText(page.body);
    expect(text).toContain(failedUuid);
    expect(text).toContain('Fixity did not match');
    // Go's `Jan 2, 2006 15:04:05` (TestEventShow).
    expect(text).toMatch(/\b[A-Z][a-z]{2} \d{1,2}, \d{4} \d{2}:\d{2}:\d{2}\b/);
    expect(page.body).toContain('href="/files/show/1"');
    expect(page.body).toContain('href="/objects/show/1"');

    expect((await clients.instUser.get(`/events/show/${failedUuid}`)).statusCode).toBe(200);
    expect((await clients.otherUser.get(`/events/show/${failedId}`)).statusCode).toBe(403);
    expect((await clients.sysAdmin.get(`/events/show/${failedId}`)).statusCode).toBe(200);
    expect((await clients.sysAdmin.get('/events/show/9999999')).statusCode).toBe(404);
    expect(signInPageTarget(await new WebClient(app.t).get(`/events/show/${failedId}`))).toBe(`/users/sign_in?requrl=%2Fevents%2Fshow%2F${failedId}`);
  });

  it('serves the event detail as a modal fragment, without the site layout', async () => {
    const fragment = await clients.instUser.get(`/events/show_xhr/${failedId}`);
    expect(fragment.statusCode).toBe(200);
    expect(fragment.headers['content-type']).toMatch(/^text\/html/);
    expect(fragment.body).not.toContain('<html');
    expect(fragment.body).not.toContain('class="site-header"');
    const text = pageText(fragment.body);
    expect(text).toContain(failedUuid);
    expect(text).toContain('Fixity did not match');
    expect(fragment.body).toContain('href="/files/show/1"');
    expect(fragment.body).toContain(`href="/events/show/${failedId}"`);
    // The same details as the event page.
    const page = await clients.instUser.get(`/events/show/${failedId}`);
    const details = (body: string) => /<dl class="details">[\s\S]*?<\/dl>/.exec(body)![0];
    expect(details(fragment.body)).toBe(details(page.body));

    expect((await clients.otherUser.get(`/events/show_xhr/${failedId}`)).statusCode).toBe(403);
    expect((await clients.sysAdmin.get(`/events/show_xhr/${failedId}`)).statusCode).toBe(200);
    expect((await clients.sysAdmin.get('/events/show_xhr/9999999')).statusCode).toBe(404);
    expect(signInPageTarget(await new WebClient(app.t).get(`/events/show_xhr/${failedId}`))).toBe(`/users/sign_in?requrl=%2Fevents%2Fshow_xhr%2F${failedId}`);
  });
});
