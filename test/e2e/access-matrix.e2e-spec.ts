import type { Response } from 'light-my-request';
import { registeredRoutes } from '../../src/shared/http/route-table.js';
import { forgedSession } from '../support/personas.js';
import { apiHeaders, createTestApp, type TestApp } from '../support/test-app.js';
import { signIn, signInPageTarget, WebClient } from '../support/web-client.js';

// Whole-app tests that sign in (bcrypt) run slowly when the suites share the machine.
jest.setTimeout(60_000);

/**
 * Every route the application serves × every persona → the outcome the access rules promise. A
 * route without an entry here fails the first test: declare who may use it when you add it.
 *
 * Personas: a sys admin, an institutional admin and an institutional user of Institution One, an
 * admin of Institution Two ("other institution"), a deactivated user, a user whose session still
 * owes its second factor, and an anonymous visitor. API routes are called with API keys (the
 * two-factor persona has none and uses its session cookie); web routes with session cookies.
 */
const PERSONAS = ['sysAdmin', 'instAdmin', 'instUser', 'otherInstitution', 'deactivated', 'secondFactorPending', 'anonymous'] as const;
type Persona = (typeof PERSONAS)[number];
type SignedIn = 'sysAdmin' | 'instAdmin' | 'instUser' | 'otherInstitution';

/** allowed: the access layer let it through (whatever the handler then answered). */
type Outcome = 'allowed' | 'forbidden' | 'unauthenticated' | 'sign-in' | 'second-factor';

interface Entry {
  readonly expect: Readonly<Record<Persona, Outcome>>;
  /** The path to call; `:self` is the persona's own user id. Defaults to the route's url. */
  readonly path?: string;
  /** Run after the other routes, in this order (it replaces API keys or ends sessions). */
  readonly last?: number;
}

const USER_IDS: Readonly<Record<Persona, number>> = { sysAdmin: 1, instAdmin: 2, instUser: 3, otherInstitution: 5, deactivated: 4, secondFactorPending: 9, anonymous: 0 };

const everyone = (): Entry['expect'] => Object.fromEntries(PERSONAS.map((p) => [p, 'allowed'])) as Entry['expect'];

/** A web page for the given signed-in personas; the others are sent to sign in or to their second factor. */
const page = (allowed: readonly SignedIn[], options: { duringSecondFactor?: boolean } = {}): Entry['expect'] => ({
  sysAdmin: allowed.includes('sysAdmin') ? 'allowed' : 'forbidden',
  instAdmin: allowed.includes('instAdmin') ? 'allowed' : 'forbidden',
  instUser: allowed.includes('instUser') ? 'allowed' : 'forbidden',
  otherInstitution: allowed.includes('otherInstitution') ? 'allowed' : 'forbidden',
  deactivated: 'sign-in',
  secondFactorPending: options.duringSecondFactor ? 'allowed' : 'second-factor',
  anonymous: 'sign-in',
});

/** An API route for the given personas; no credentials, a deactivated user's key or a half-signed-in session: 401. */
const api = (allowed: readonly SignedIn[]): Entry['expect'] => ({
  ...page(allowed),
  deactivated: 'unauthenticated',
  secondFactorPending: 'unauthenticated',
  anonymous: 'unauthenticated',
});

const ALL: SignedIn[] = ['sysAdmin', 'instAdmin', 'instUser', 'otherInstitution'];
const SYS_ADMIN: SignedIn[] = ['sysAdmin'];
/** Records of Institution One: its people and the sys admin. */
const INSTITUTION_ONE: SignedIn[] = ['sysAdmin', 'instAdmin', 'instUser'];
const INSTITUTION_ONE_ADMINS: SignedIn[] = ['sysAdmin', 'instAdmin'];
const ANY_ADMIN: SignedIn[] = ['sysAdmin', 'instAdmin', 'otherInstitution'];

const MATRIX: Readonly<Record<string, Entry>> = {
  // Static files, API documentation, health, metrics, maintenance: no credentials needed.
  'GET /static/*': { expect: everyone(), path: '/static/css/registry.css' },
  'GET /favicon.ico': { expect: everyone() },
  'GET /member-api/v3/docs': { expect: everyone() },
  'GET /member-api/v3/docs/': { expect: everyone() },
  'GET /member-api/v3/docs/*': { expect: everyone(), path: '/member-api/v3/docs/swagger-ui.css' },
  'GET /member-api/v3/docs/docs/*': { expect: everyone(), path: '/member-api/v3/docs/docs/swagger-ui.css' },
  'GET /member-api/v3/docs/index.html': { expect: everyone() },
  'GET /member-api/v3/docs/LICENSE': { expect: everyone() },
  'GET /member-api/v3/docs/swagger-ui-init.js': { expect: everyone() },
  'GET /member-api/v3/docs/docs/swagger-ui-init.js': { expect: everyone() },
  'GET /member-api/v3/openapi.json': { expect: everyone() },
  'GET /member-api/v3/openapi.yaml': { expect: everyone() },
  'GET /admin-api/v3/docs': { expect: everyone() },
  'GET /admin-api/v3/docs/': { expect: everyone() },
  'GET /admin-api/v3/docs/*': { expect: everyone(), path: '/admin-api/v3/docs/swagger-ui.css' },
  'GET /admin-api/v3/docs/docs/*': { expect: everyone(), path: '/admin-api/v3/docs/docs/swagger-ui.css' },
  'GET /admin-api/v3/docs/index.html': { expect: everyone() },
  'GET /admin-api/v3/docs/LICENSE': { expect: everyone() },
  'GET /admin-api/v3/docs/swagger-ui-init.js': { expect: everyone() },
  'GET /admin-api/v3/docs/docs/swagger-ui-init.js': { expect: everyone() },
  'GET /admin-api/v3/openapi.json': { expect: everyone() },
  'GET /admin-api/v3/openapi.yaml': { expect: everyone() },
  'GET /health': { expect: everyone() },
  'GET /health/live': { expect: everyone() },
  'GET /health/ready': { expect: everyone() },
  'GET /metrics': { expect: everyone() },
  'GET /maintenance': { expect: everyone() },

  // Sign-in, sign-out and password reset: public forms.
  // A signed-in visitor of the sign-in page is sent on: to the dashboard, or to the step the session owes.
  'GET /': { expect: { ...everyone(), secondFactorPending: 'second-factor' } },
  'GET /users/sign_in': { expect: { ...everyone(), secondFactorPending: 'second-factor' } },
  // Its empty form is a failed sign-in, which ends the session (as the reference deletes the cookie): run it at the end.
  'POST /users/sign_in': { expect: everyone(), last: 2 },
  'GET /users/sign_out': { expect: everyone(), last: 2 },
  'GET /users/forgot_password': { expect: everyone() },
  'POST /users/forgot_password': { expect: everyone() },
  'GET /users/complete_password_reset/:id': { expect: everyone(), path: '/users/complete_password_reset/6' },
  'POST /users/complete_password_reset/:id': { expect: everyone(), path: '/users/complete_password_reset/6' },

  // Account pages.
  'GET /dashboard': { expect: page(ALL) },
  'GET /users/my_account': { expect: page(ALL) },
  'GET /users/change_password/:id': { expect: page(ALL), path: '/users/change_password/:self' },
  'POST /users/change_password/:id': { expect: page(ALL), path: '/users/change_password/:self' },
  'POST /users/get_api_key/:id': { expect: page(ALL), path: '/users/get_api_key/:self', last: 1 },
  'GET /users/init_password_reset/:id': { expect: page(INSTITUTION_ONE_ADMINS), path: '/users/init_password_reset/6' },
  'POST /users/init_password_reset/:id': { expect: page(INSTITUTION_ONE_ADMINS), path: '/users/init_password_reset/6' },

  // Two-factor sign-in: the second step is open to a session that owes it; set-up is not.
  'GET /users/2fa_choose': { expect: page(ALL, { duringSecondFactor: true }) },
  'POST /users/2fa_sms': { expect: page(ALL, { duringSecondFactor: true }) },
  'GET /users/2fa_backup': { expect: page(ALL, { duringSecondFactor: true }) },
  'GET /users/2fa_app': { expect: page(ALL, { duringSecondFactor: true }) },
  'POST /users/2fa_verify': { expect: page(ALL, { duringSecondFactor: true }) },
  'POST /users/2fa_push': { expect: page(ALL, { duringSecondFactor: true }) },
  'GET /users/2fa_setup': { expect: page(ALL) },
  'POST /users/2fa_setup': { expect: page(ALL) },
  'POST /users/confirm_phone': { expect: page(ALL) },
  'POST /users/2fa_totp_confirm': { expect: page(ALL) },
  'POST /users/backup_codes': { expect: page(ALL) },

  // Users: admins, within their institution (user 6 belongs to Institution One).
  'GET /users': { expect: page(ANY_ADMIN) },
  'GET /users/new': { expect: page(ANY_ADMIN) },
  'POST /users/new': { expect: page(ANY_ADMIN) },
  'GET /users/show/:id': { expect: page(INSTITUTION_ONE_ADMINS), path: '/users/show/6' },
  'GET /users/edit/:id': { expect: page(INSTITUTION_ONE_ADMINS), path: '/users/edit/6' },
  'POST /users/edit/:id': { expect: page(INSTITUTION_ONE_ADMINS), path: '/users/edit/6' },
  'PUT /users/edit/:id': { expect: page(INSTITUTION_ONE_ADMINS), path: '/users/edit/6' },
  'PUT /users/edit_xhr/:id': { expect: page(INSTITUTION_ONE_ADMINS), path: '/users/edit_xhr/6' },
  'POST /users/delete/:id': { expect: page(INSTITUTION_ONE_ADMINS), path: '/users/delete/6' },
  'DELETE /users/delete/:id': { expect: page(INSTITUTION_ONE_ADMINS), path: '/users/delete/6' },
  'POST /users/undelete/:id': { expect: page(INSTITUTION_ONE_ADMINS), path: '/users/undelete/6' },
  'PUT /users/undelete/:id': { expect: page(INSTITUTION_ONE_ADMINS), path: '/users/undelete/6' },

  // Institutions: management by sys admins; the page and preferences of one's own institution.
  'GET /institutions': { expect: page(SYS_ADMIN) },
  'GET /institutions/new': { expect: page(SYS_ADMIN) },
  'POST /institutions/new': { expect: page(SYS_ADMIN) },
  'GET /institutions/show/:id': { expect: page(INSTITUTION_ONE), path: '/institutions/show/2' },
  'GET /institutions/edit/:id': { expect: page(SYS_ADMIN), path: '/institutions/edit/2' },
  'POST /institutions/edit/:id': { expect: page(SYS_ADMIN), path: '/institutions/edit/2' },
  'PUT /institutions/edit/:id': { expect: page(SYS_ADMIN), path: '/institutions/edit/2' },
  'GET /institutions/edit_preferences/:id': { expect: page(INSTITUTION_ONE_ADMINS), path: '/institutions/edit_preferences/2' },
  'POST /institutions/edit_preferences/:id': { expect: page(INSTITUTION_ONE_ADMINS), path: '/institutions/edit_preferences/2' },
  'PUT /institutions/edit_preferences/:id': { expect: page(INSTITUTION_ONE_ADMINS), path: '/institutions/edit_preferences/2' },
  'POST /institutions/delete/:id': { expect: page(SYS_ADMIN), path: '/institutions/delete/5' },
  'DELETE /institutions/delete/:id': { expect: page(SYS_ADMIN), path: '/institutions/delete/5' },
  // The reference's state-changing GETs: the CSRF token rides in the query string.
  'GET /institutions/delete/:id': { expect: page(SYS_ADMIN), path: '/institutions/delete/5' },
  'POST /institutions/undelete/:id': { expect: page(SYS_ADMIN), path: '/institutions/undelete/5' },
  'GET /institutions/undelete/:id': { expect: page(SYS_ADMIN), path: '/institutions/undelete/5' },

  // Web pages of the preservation records, reports and admin tools (api.md §3.3).
  'GET /static/vendor/chart.js/*': { expect: everyone(), path: '/static/vendor/chart.js/chart.umd.js' },
  'GET /accessibility_statement': { expect: everyone() },
  'GET /error': { expect: everyone() },
  'GET /ui_components': { expect: everyone() },
  'GET /objects': { expect: page(ALL) },
  'GET /objects/show/:id': { expect: page(INSTITUTION_ONE), path: '/objects/show/1' },
  'POST /objects/init_restore/:id': { expect: page(INSTITUTION_ONE), path: '/objects/init_restore/1' },
  'GET /objects/request_restore/:id': { expect: page(INSTITUTION_ONE), path: '/objects/request_restore/1' },
  'GET /objects/events/:id': { expect: page(INSTITUTION_ONE), path: '/objects/events/1' },
  'GET /objects/files/:id': { expect: page(INSTITUTION_ONE), path: '/objects/files/1' },
  'GET /files': { expect: page(ALL) },
  'GET /files/show/:id': { expect: page(INSTITUTION_ONE), path: '/files/show/1' },
  'POST /files/init_restore/:id': { expect: page(INSTITUTION_ONE), path: '/files/init_restore/1' },
  'GET /files/request_restore/:id': { expect: page(INSTITUTION_ONE), path: '/files/request_restore/1' },
  'GET /events': { expect: page(ALL) },
  'GET /events/show/:id': { expect: page(INSTITUTION_ONE), path: '/events/show/2' },
  'GET /events/show_xhr/:id': { expect: page(INSTITUTION_ONE), path: '/events/show_xhr/2' },
  'GET /work_items': { expect: page(ALL) },
  'GET /work_items/show/:id': { expect: page(INSTITUTION_ONE), path: '/work_items/show/1' },
  'GET /work_items/edit/:id': { expect: page(SYS_ADMIN), path: '/work_items/edit/1' },
  'POST /work_items/edit/:id': { expect: page(SYS_ADMIN), path: '/work_items/edit/1' },
  'PUT /work_items/edit/:id': { expect: page(SYS_ADMIN), path: '/work_items/edit/1' },
  'POST /work_items/requeue/:id': { expect: page(SYS_ADMIN), path: '/work_items/requeue/1' },
  'PUT /work_items/requeue/:id': { expect: page(SYS_ADMIN), path: '/work_items/requeue/1' },
  'GET /work_items/redis/:id': { expect: page(SYS_ADMIN), path: '/work_items/redis/1' },
  'GET /work_items/redis_list': { expect: page(SYS_ADMIN) },
  'POST /work_items/redis_delete/:id': { expect: page(SYS_ADMIN), path: '/work_items/redis_delete/1' },
  'DELETE /work_items/redis_delete/:id': { expect: page(SYS_ADMIN), path: '/work_items/redis_delete/1' },
  // Only an institutional admin of the object's institution may ask for its deletion; sys admins may not.
  'POST /objects/init_delete/:id': { expect: page(['instAdmin']), path: '/objects/init_delete/1' },
  'POST /files/init_delete/:id': { expect: page(['instAdmin']), path: '/files/init_delete/1' },
  'GET /objects/request_delete/:id': { expect: page(['instAdmin']), path: '/objects/request_delete/1' },
  'GET /files/request_delete/:id': { expect: page(['instAdmin']), path: '/files/request_delete/1' },
  'GET /deletions': { expect: page(ALL) },
  'GET /deletions/show/:id': { expect: page(INSTITUTION_ONE), path: '/deletions/show/1' },
  // The emailed review link and its decisions: institutional admins of the request's institution only.
  'GET /deletions/review/:id': { expect: page(['instAdmin']), path: '/deletions/review/1?token=x' },
  'POST /deletions/approve/:id': { expect: page(['instAdmin']), path: '/deletions/approve/1' },
  'POST /deletions/cancel/:id': { expect: page(['instAdmin']), path: '/deletions/cancel/1' },
  'GET /alerts': { expect: page(ALL) },
  'GET /alerts/show/:id/:user_id': { expect: page(INSTITUTION_ONE_ADMINS), path: '/alerts/show/1/2' },
  'PUT /alerts/mark_as_read': { expect: page(ALL) },
  'PUT /alerts/mark_as_unread': { expect: page(ALL) },
  'POST /alerts/mark_all_as_read': { expect: page(ALL) },
  'GET /reports/deposits': { expect: page(ALL) },
  'GET /reports/billing': { expect: page(SYS_ADMIN) },
  'GET /nsq': { expect: page(SYS_ADMIN) },
  'POST /nsq/admin': { expect: page(SYS_ADMIN) },
  'POST /nsq/init': { expect: page(SYS_ADMIN) },
  'GET /internal_metadata': { expect: page(SYS_ADMIN) },

  // Member API: lists are scoped to the caller's institution; Institution One's records are its own.
  'GET /member-api/v3/objects': { expect: api(ALL) },
  'GET /member-api/v3/objects/show/*': { expect: api(INSTITUTION_ONE), path: '/member-api/v3/objects/show/1' },
  'GET /member-api/v3/files': { expect: api(ALL) },
  'GET /member-api/v3/files/show/*': { expect: api(INSTITUTION_ONE), path: '/member-api/v3/files/show/1' },
  'GET /member-api/v3/checksums': { expect: api(ALL) },
  'GET /member-api/v3/checksums/show/:id': { expect: api(INSTITUTION_ONE), path: '/member-api/v3/checksums/show/:checksum' },
  'GET /member-api/v3/events': { expect: api(ALL) },
  'GET /member-api/v3/events/show/*': { expect: api(INSTITUTION_ONE), path: '/member-api/v3/events/show/2' },
  'GET /member-api/v3/items': { expect: api(ALL) },
  'GET /member-api/v3/items/show/:id': { expect: api(INSTITUTION_ONE), path: '/member-api/v3/items/show/1' },
  'GET /member-api/v3/deletions': { expect: api(ALL) },
  'GET /member-api/v3/deletions/show/:id': { expect: api(INSTITUTION_ONE), path: '/member-api/v3/deletions/show/1' },
  'GET /member-api/v3/alerts': { expect: api(ALL) },
  'GET /member-api/v3/alerts/show/:id/:user_id': { expect: api(INSTITUTION_ONE_ADMINS), path: '/member-api/v3/alerts/show/1/2' },

  // Admin API: sys admins only.
  'GET /admin-api/v3/institutions': { expect: api(SYS_ADMIN) },
  'GET /admin-api/v3/institutions/show/:id': { expect: api(SYS_ADMIN), path: '/admin-api/v3/institutions/show/2' },
  'GET /admin-api/v3/objects': { expect: api(SYS_ADMIN) },
  'GET /admin-api/v3/objects/show/*': { expect: api(SYS_ADMIN), path: '/admin-api/v3/objects/show/1' },
  'POST /admin-api/v3/objects/create/:institution_id': { expect: api(SYS_ADMIN), path: '/admin-api/v3/objects/create/2' },
  'PUT /admin-api/v3/objects/update/:id': { expect: api(SYS_ADMIN), path: '/admin-api/v3/objects/update/1' },
  'GET /admin-api/v3/files': { expect: api(SYS_ADMIN) },
  'GET /admin-api/v3/files/show/*': { expect: api(SYS_ADMIN), path: '/admin-api/v3/files/show/1' },
  'POST /admin-api/v3/files/create/:institution_id': { expect: api(SYS_ADMIN), path: '/admin-api/v3/files/create/2' },
  'POST /admin-api/v3/files/create_batch/:institution_id': { expect: api(SYS_ADMIN), path: '/admin-api/v3/files/create_batch/2' },
  'PUT /admin-api/v3/files/update/:id': { expect: api(SYS_ADMIN), path: '/admin-api/v3/files/update/1' },
  'GET /admin-api/v3/checksums': { expect: api(SYS_ADMIN) },
  'GET /admin-api/v3/checksums/show/:id': { expect: api(SYS_ADMIN), path: '/admin-api/v3/checksums/show/:checksum' },
  'POST /admin-api/v3/checksums/create/:institution_id': { expect: api(SYS_ADMIN), path: '/admin-api/v3/checksums/create/2' },
  'GET /admin-api/v3/storage_records': { expect: api(SYS_ADMIN) },
  'GET /admin-api/v3/storage_records/show/:id': { expect: api(SYS_ADMIN), path: '/admin-api/v3/storage_records/show/1' },
  'POST /admin-api/v3/storage_records/create/:institution_id': { expect: api(SYS_ADMIN), path: '/admin-api/v3/storage_records/create/2' },
  'GET /admin-api/v3/events': { expect: api(SYS_ADMIN) },
  'GET /admin-api/v3/events/show/*': { expect: api(SYS_ADMIN), path: '/admin-api/v3/events/show/2' },
  'POST /admin-api/v3/events/create': { expect: api(SYS_ADMIN) },
  'GET /admin-api/v3/items': { expect: api(SYS_ADMIN) },
  'GET /admin-api/v3/items/show/:id': { expect: api(SYS_ADMIN), path: '/admin-api/v3/items/show/1' },
  'POST /admin-api/v3/items/create/:institution_id': { expect: api(SYS_ADMIN), path: '/admin-api/v3/items/create/2' },
  'PUT /admin-api/v3/items/update/:id': { expect: api(SYS_ADMIN), path: '/admin-api/v3/items/update/1' },
  'PUT /admin-api/v3/items/requeue/:id': { expect: api(SYS_ADMIN), path: '/admin-api/v3/items/requeue/1' },
  'DELETE /admin-api/v3/items/redis_delete/:id': { expect: api(SYS_ADMIN), path: '/admin-api/v3/items/redis_delete/1' },
  'GET /admin-api/v3/alerts': { expect: api(SYS_ADMIN) },
  'GET /admin-api/v3/alerts/show/:id/:user_id': { expect: api(SYS_ADMIN), path: '/admin-api/v3/alerts/show/1/1' },
  'GET /admin-api/v3/deletions': { expect: api(SYS_ADMIN) },
  'GET /admin-api/v3/deletions/show/:id': { expect: api(SYS_ADMIN), path: '/admin-api/v3/deletions/show/1' },
  'DELETE /admin-api/v3/files/delete/:id': { expect: api(SYS_ADMIN), path: '/admin-api/v3/files/delete/1' },
  'DELETE /admin-api/v3/objects/delete/:id': { expect: api(SYS_ADMIN), path: '/admin-api/v3/objects/delete/1' },
  'POST /admin-api/v3/objects/init_restore/:id': { expect: api(SYS_ADMIN), path: '/admin-api/v3/objects/init_restore/1' },
  'POST /admin-api/v3/objects/init_batch_delete': { expect: api(SYS_ADMIN) },
  'POST /admin-api/v3/alerts/generate_failed_fixity_alerts': { expect: api(SYS_ADMIN) },
  'POST /admin-api/v3/prepare_file_delete/:id': { expect: api(SYS_ADMIN), path: '/admin-api/v3/prepare_file_delete/1' },
  'POST /admin-api/v3/prepare_object_delete/:id': { expect: api(SYS_ADMIN), path: '/admin-api/v3/prepare_object_delete/1' },
};

const isApi = (url: string) => url.startsWith('/member-api/') || url.startsWith('/admin-api/');

/**
 * What the access layer did with a request to `path`, read from the response. A web page answers a
 * visitor who is not signed in with the 401 "Please log in" page (api.md §1.6), which leads to
 * sign-in and, for a GET, back to the page; any other 401 (API paths, CSRF) is 'unauthenticated'.
 */
function outcomeOf(response: Response, method: string, path: string): Outcome {
  const location = String(response.headers.location ?? '');
  const signInUrl = method === 'GET' ? `/users/sign_in?requrl=${encodeURIComponent(path)}` : '/users/sign_in';
  if (!isApi(path) && signInPageTarget(response) === signInUrl) return 'sign-in';
  if (response.statusCode === 401) return 'unauthenticated';
  if (response.statusCode === 403) return 'forbidden';
  if (response.statusCode === 302 && location === '/users/2fa_choose') return 'second-factor';
  if (response.statusCode === 404 && response.body.includes('Missing authorization check')) return 'forbidden';
  return 'allowed';
}

describe('access matrix: every route × every persona', () => {
  let t: TestApp;
  let routes: string[];
  const web = new Map<Persona, WebClient>();
  let checksumId: number;

  beforeAll(async () => {
    t = await createTestApp({ env: { SIGN_IN_ADDRESS_LIMIT: '1000', SIGN_IN_ACCOUNT_LIMIT: '1000' } });
    routes = [...new Set(registeredRoutes(t.app.getHttpAdapter().getInstance()).filter((r) => r.method !== 'HEAD').map((r) => `${r.method} ${r.url}`))];
    [{ id: checksumId }] = await t.db.dataSource.query(
      `SELECT c.id FROM checksums c JOIN generic_files f ON f.id = c.generic_file_id WHERE f.institution_id = 2 ORDER BY c.id LIMIT 1`,
    );
    web.set('sysAdmin', await signIn(t, 'system@aptrust.org'));
    web.set('instAdmin', await signIn(t, 'admin@inst1.edu'));
    web.set('instUser', await signIn(t, 'user@inst1.edu'));
    web.set('otherInstitution', await signIn(t, 'admin@inst2.edu'));
    web.set('deactivated', await forgedSession(t, USER_IDS.deactivated));
    await t.db.dataSource.query(`UPDATE users SET enabled_two_factor = true, confirmed_two_factor = true, authy_status = 'sms' WHERE id = 9`);
    const pending = new WebClient(t);
    await pending.post('/users/sign_in', { email: 'user@test.edu', password: 'password' });
    pending.forgetToken();
    web.set('secondFactorPending', pending);
    web.set('anonymous', new WebClient(t));
  });

  afterAll(async () => {
    await t.close();
  });

  it('has an entry for every registered route, and a route for every entry', () => {
    expect(routes.filter((route) => !MATRIX[route])).toEqual([]);
    expect(Object.keys(MATRIX).filter((route) => !routes.includes(route))).toEqual([]);
  });

  /** The path a persona calls for a route. */
  const pathOf = (persona: Persona, url: string, entry: Entry): string =>
    (entry.path ?? url).replace(':self', String(USER_IDS[persona])).replace(':checksum', String(checksumId));

  async function call(persona: Persona, method: string, url: string, entry: Entry): Promise<Response> {
    const path = pathOf(persona, url, entry);
    const apiKeyPersona: Partial<Record<Persona, Parameters<typeof apiHeaders>[0]>> = {
      sysAdmin: 'sysAdmin', instAdmin: 'instAdmin', instUser: 'instUser', otherInstitution: 'otherInstAdmin', deactivated: 'inactiveUser',
    };
    if (isApi(url) && apiKeyPersona[persona]) {
      return t.app.inject({ method: method as 'GET', url: path, headers: { ...apiHeaders(apiKeyPersona[persona]!), 'content-type': 'application/json' }, payload: method === 'GET' || method === 'DELETE' ? undefined : '{}' });
    }
    const client = web.get(persona)!;
    if (method === 'GET') return client.get(path);
    if (isApi(url)) {
      return client.request({ method: method as 'POST', url: path, headers: { 'content-type': 'application/json', 'x-csrf-token': await client.csrfToken() }, payload: '{}' });
    }
    return client.post(path, {}, { method: method as 'POST' });
  }

  const ordered = Object.entries(MATRIX).sort(([, a], [, b]) => (a.last ?? 0) - (b.last ?? 0));

  it.each(ordered)('%s', async (route, entry) => {
    const [method, url] = route.split(' ');
    const actual: Record<string, Outcome> = {};
    for (const persona of PERSONAS) actual[persona] = outcomeOf(await call(persona, method, url, entry), method, pathOf(persona, url, entry));
    expect(actual).toEqual(entry.expect);
  });
});
