import type { InjectOptions, Response } from 'light-my-request';
import { createTestApp, type TestApp } from './test-app.js';

export type FormData = Record<string, string | readonly string[]>;

/**
 * A browser stand-in for web-page tests: keeps the cookies the app sets (session, flash), reads the
 * CSRF token from the page's meta tag, and posts forms with it.
 */
export class WebClient {
  readonly cookies = new Map<string, string>();
  private token: string | undefined;

  constructor(private readonly t: TestApp) {}

  async request(options: InjectOptions): Promise<Response> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('; ');
    const response = await this.t.app.inject({ ...options, headers: { ...(cookie ? { cookie } : {}), ...options.headers } });
    for (const c of response.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      if (c.value === '' || c.maxAge === 0 || (c.expires && c.expires.getTime() <= Date.now())) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    const meta = /<meta name="csrf_token" content="([^"]*)">/.exec(response.body);
    if (meta) this.token = meta[1];
    // A new session without a page (sign-in, reset link) has a new CSRF secret: the old token is void.
    else if ((response.cookies as { name: string }[]).some((c) => c.name === 'aptrust_session')) this.token = undefined;
    return response;
  }

  get(url: string, headers: Record<string, string> = {}): Promise<Response> {
    return this.request({ method: 'GET', url, headers });
  }

  /** A form post with the current CSRF token (fetched from `tokenPage` first when there is none yet). */
  async post(url: string, form: FormData = {}, options: { csrf?: boolean; tokenPage?: string; method?: 'POST' | 'PUT' | 'DELETE' } = {}): Promise<Response> {
    const body = new URLSearchParams();
    if (options.csrf !== false) body.append('csrf_token', await this.csrfToken(options.tokenPage));
    for (const [key, value] of Object.entries(form)) for (const v of typeof value === 'string' ? [value] : value) body.append(key, v);
    return this.request({
      method: options.method ?? 'POST',
      url,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: body.toString(),
    });
  }

  /** The token of the last page seen; without one, the first of these pages that renders gives it. */
  async csrfToken(tokenPage?: string): Promise<string> {
    for (const page of [tokenPage, '/users/sign_in', '/dashboard', '/users/2fa_choose', '/users/2fa_setup']) {
      if (this.token) break;
      if (page) await this.get(page);
    }
    if (!this.token) throw new Error('no page gave a CSRF token');
    return this.token;
  }

  /** Forgets the remembered token, so the next post fetches a fresh one. */
  forgetToken(): void {
    this.token = undefined;
  }
}

/** Signs in through the sign-in form and returns the signed-in client (throws when sign-in did not redirect). */
export async function signIn(t: TestApp, email: string, password = 'password'): Promise<WebClient> {
  const client = new WebClient(t);
  const response = await client.post('/users/sign_in', { email, password });
  if (response.statusCode !== 302) throw new Error(`sign-in of ${email} answered ${response.statusCode}: ${response.body.slice(0, 300)}`);
  // Signing in replaces the session's CSRF secret, as it does in a browser.
  client.forgetToken();
  return client;
}

/**
 * Where a web page sends a visitor who is not signed in (api.md §1.6): the sign-in URL of the 401
 * "Please log in" page (heading "Please sign in", no site navigation), which the page links to as
 * "Sign in" and follows by itself after 2 s through its meta refresh. Undefined for any other
 * response, or when the link and the refresh do not lead to the same place.
 */
export function signInPageTarget(response: Response): string | undefined {
  if (response.statusCode !== 401 || !String(response.headers['content-type'] ?? '').startsWith('text/html')) return undefined;
  const { body } = response;
  if (!body.includes('<h1 id="error-title">Please sign in</h1>') || !body.includes('<p>Please log in</p>') || body.includes('class="site-nav"')) return undefined;
  const refresh = /<meta http-equiv="refresh" content="2; url=([^"]*)">/.exec(body)?.[1];
  if (refresh === undefined || !body.includes(`<a href="${refresh}">Sign in</a>`)) return undefined;
  return refresh.replaceAll('&amp;', '&');
}

/** Text of the page without tags, for loose assertions on what a user reads. */
export const pageText = (html: string): string => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

/** Signed-in web clients for the personas most page tests compare: Institution One's sys admin, admin and user, and Institution Two's user. */
export async function signInPersonas(t: TestApp): Promise<Record<'sysAdmin' | 'instAdmin' | 'instUser' | 'otherUser', WebClient>> {
  return {
    sysAdmin: await signIn(t, 'system@aptrust.org'),
    instAdmin: await signIn(t, 'admin@inst1.edu'),
    instUser: await signIn(t, 'user@inst1.edu'),
    otherUser: await signIn(t, 'user@inst2.edu'),
  };
}

/** What a web test file works with: its app, its signed-in personas, and SQL against its database. */
export interface SignedInApp {
  /** The file's app (set once the file's first beforeAll has run). */
  readonly t: TestApp;
  /** sysAdmin, instAdmin, instUser and otherUser, signed in; a file may add clients of its own. */
  readonly clients: Record<string, WebClient>;
  query(sql: string, params?: unknown[]): Promise<any[]>;
}

/**
 * Registers the hooks of a web test file: one app for the whole file with the four personas signed
 * in, closed after the file. Call it at the top of the file's describe block.
 */
export function useSignedInApp(): SignedInApp {
  let app: TestApp | undefined;
  const clients: Record<string, WebClient> = {};
  beforeAll(async () => {
    app = await createTestApp();
    Object.assign(clients, await signInPersonas(app));
  });
  afterAll(async () => {
    await app?.close();
  });
  const current = (): TestApp => app ?? raiseNotStarted();
  return {
    get t() {
      return current();
    },
    clients,
    query: (sql, params = []) => current().db.dataSource.query(sql, params),
  };
}

function raiseNotStarted(): never {
  throw new Error('useSignedInApp: the app starts in beforeAll; use it inside hooks and tests');
}
