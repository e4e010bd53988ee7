import { hkdfSync } from 'node:crypto';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import fastifyCsrfProtection from '@fastify/csrf-protection';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySecureSession from '@fastify/secure-session';
import fastifyStatic from '@fastify/static';
import fastifyView from '@fastify/view';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import nunjucks from 'nunjucks';
import type { AppConfig } from '../../config/app-config.js';
import { projectRoot } from '../project-root.js';
import { CSRF_FIELD, csrfTokenOf } from './csrf.js';
import { rateLimitStoreOptions } from './rate-limit-redis.js';
import './request-context.js';
import { configureTemplates } from './template-filters.js';

export const VIEWS_DIR = () => path.join(projectRoot(), 'views');
export const PUBLIC_DIR = () => path.join(projectRoot(), 'public');
/** chart.js's dist/ folder (the package resolves to dist/chart.cjs). */
export const CHART_JS_DIR = () => path.dirname(require.resolve('chart.js'));

/** The session's data in its encrypted cookie: the server-side session's token and the CSRF secret. */
export const SESSION_TOKEN_KEY = 'sid';
export const FLASH_SESSION = 'flashSession';

/**
 * The session cookie is encrypted and authenticated (libsodium secretbox) under a 256-bit key derived
 * from both cookie keys, so rotating either one ends every cookie.
 */
export function sessionCookieKey(config: AppConfig): Buffer {
  return Buffer.from(hkdfSync('sha256', config.cookies.blockKey, config.cookies.hashKey, 'registry session cookie', 32));
}

/** Cookie attributes of every Registry cookie (api.md §1.3), except `Domain` for localhost, which browsers refuse. */
export function cookieAttributes(config: AppConfig, maxAgeSeconds: number) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: config.cookies.secure,
    maxAge: maxAgeSeconds,
    ...(config.cookies.domain && config.cookies.domain !== 'localhost' ? { domain: config.cookies.domain } : {}),
  };
}

/**
 * Registers what the web UI needs on the Fastify instance: the session and flash cookies, CSRF
 * tokens kept in the session, the rate limiter (used by sign-in, never globally; its counters in
 * Redis when REDIS_URL is set, so instances count together), Nunjucks views
 * under `views/` and static files under `public/` at `/static` (plus `/favicon.ico`).
 */
export async function installWebPlugins(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const key = sessionCookieKey(config);
  await app.register(fastifySecureSession as never, [
    { sessionName: 'session', cookieName: config.cookies.sessionName, key, expiry: config.cookies.sessionMaxAgeSeconds, cookie: cookieAttributes(config, config.cookies.sessionMaxAgeSeconds) },
    { sessionName: FLASH_SESSION, cookieName: config.cookies.flashName, key, expiry: 600, cookie: cookieAttributes(config, 600) },
  ]);
  await app.register(fastifyCsrfProtection as never, { sessionPlugin: '@fastify/secure-session', sessionKey: '_csrf', getToken: csrfTokenOf });
  await app.register(fastifyRateLimit as never, { global: false, ...rateLimitStoreOptions(app.getHttpAdapter().getInstance(), config) });
  await app.register(fastifyView as never, {
    engine: { nunjucks },
    root: VIEWS_DIR(),
    viewExt: 'njk',
    production: !config.isDevelopment,
    options: { autoescape: true, throwOnUndefined: false, noCache: config.isDevelopment, onConfigure: configureTemplates },
  });
  await app.register(fastifyStatic as never, {
    root: PUBLIC_DIR(),
    prefix: '/static/',
    decorateReply: false,
    index: false,
    maxAge: config.isDevelopment ? 0 : 3_600_000,
  });
  // The chart library's browser build, from its npm package (no CDN): /static/vendor/chart.js/chart.umd.min.js.
  await app.register(fastifyStatic as never, {
    root: CHART_JS_DIR(),
    prefix: '/static/vendor/chart.js/',
    decorateReply: false,
    index: false,
    allowedPath: (pathName: string) => pathName === '/chart.umd.min.js' || pathName === '/chart.umd.min.js.map',
    maxAge: config.isDevelopment ? 0 : 3_600_000,
  });
  const favicon = path.join(PUBLIC_DIR(), 'favicon.ico');
  app.getHttpAdapter().getInstance().get('/favicon.ico', (_request, reply) => {
    void reply.header('content-type', 'image/x-icon').header('cache-control', 'public, max-age=86400').send(createReadStream(favicon));
  });
}

export { CSRF_FIELD };
