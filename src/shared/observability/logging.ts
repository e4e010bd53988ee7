import type { IncomingMessage, ServerResponse } from 'node:http';
import { RequestMethod } from '@nestjs/common';
import type { Params } from 'nestjs-pino';
import { pino, type DestinationStream, type Level, type LevelWithSilent, type Logger } from 'pino';

export const CENSORED = '[Redacted]';

/** Body and query fields that hold a password, a key or a token. */
const SECRET_FIELDS = [
  'password', 'password_confirmation', 'current_password', 'new_password', 'encrypted_password',
  'api_key', 'api_secret_key', 'encrypted_api_secret_key', 'secret_key', 'token', 'reset_password_token',
  'otp', 'otp_secret', 'encrypted_otp_secret', 'authy_api_key', 'csrf_token', 'batch_deletion_key',
];

const SECRET_KEYS: ReadonlySet<string> = new Set(SECRET_FIELDS);
/** Request and response headers that carry credentials. */
const SECRET_HEADERS: ReadonlySet<string> = new Set(['x-pharos-api-key', 'authorization', 'cookie', 'x-csrf-token', 'set-cookie']);
/** Secret fields are found this many levels deep (`password`, `body.password`, `body.user.password`). */
const REDACTION_DEPTH = 3;

/**
 * A copy of `value` with every secret field within REDACTION_DEPTH levels, and every credential
 * header of a `headers` object, replaced by CENSORED; `value` itself when it holds none. Only plain
 * objects and arrays are searched: requests and errors go through their serialisers.
 */
export function redactSecrets<T>(value: T): T {
  return redactLevel(value, 0, false) as T;
}

function redactLevel(value: unknown, depth: number, isHeaders: boolean): unknown {
  if (depth >= REDACTION_DEPTH || !isPlainContainer(value)) return value;
  let copy: Record<string, unknown> | undefined;
  for (const [key, child] of Object.entries(value)) {
    const secret = SECRET_KEYS.has(key) || (isHeaders && SECRET_HEADERS.has(key));
    const redacted = secret ? CENSORED : redactLevel(child, depth + 1, key === 'headers');
    if (redacted === child) continue;
    copy ??= (Array.isArray(value) ? [...value] : { ...value }) as Record<string, unknown>;
    copy[key] = redacted;
  }
  return copy ?? value;
}

function isPlainContainer(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return Array.isArray(value) || prototype === Object.prototype || prototype === null;
}

const SECRET_QUERY_PARAMETER = /password|token|secret|key|otp/i;

/** Paths that probes and scrapers call every few seconds: not logged (Terminus logs failed checks itself). */
const QUIET_PATHS: ReadonlySet<string> = new Set(['/health', '/health/live', '/health/ready', '/metrics']);

export interface RootLoggerOptions {
  readonly level: LevelWithSilent;
  /** Where JSON lines go; standard output by default. */
  readonly destination?: DestinationStream;
}

/**
 * The process's one pino logger: JSON lines, ISO timestamps, secrets redacted. Redaction runs when
 * a line is written (and on a child's bindings), not through pino's `redact`, which would search
 * the bindings of the child logger every request gets.
 */
export function createRootLogger(options: RootLoggerOptions): Logger {
  const settings = {
    level: options.level,
    base: { service: 'registry' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: {
      level: (label: string) => ({ level: label }),
      bindings: (bindings: Record<string, unknown>) => redactSecrets(bindings),
      log: (line: Record<string, unknown>) => redactSecrets(line),
    },
  };
  return options.destination ? pino(settings, options.destination) : pino(settings);
}

/**
 * nestjs-pino settings: every request gets one completion line with the request and response,
 * and every line logged while handling it carries `reqId`, Fastify's request id (the incoming
 * X-Request-Id when valid).
 */
export function loggerModuleParams(root: Logger): Params {
  return {
    // nestjs-pino's default pattern (`{/*splat}`) matches nothing on Nest 12's Fastify adapter.
    forRoutes: [{ path: '/{*splat}', method: RequestMethod.ALL }],
    pinoHttp: {
      logger: root,
      // Request loggers carry only reqId, and the request joins the completion line only when that
      // line is written: binding it to a child logger would serialise and redact it on every request.
      quietReqLogger: true,
      quietResLogger: true,
      customSuccessObject: (req: IncomingMessage, _res: ServerResponse, line: object) => ({ req, ...line }),
      customErrorObject: (req: IncomingMessage, _res: ServerResponse, _error: Error, line: object) => ({ req, ...line }),
      autoLogging: { ignore: (req: IncomingMessage) => QUIET_PATHS.has(pathOf(originalUrl(req))) },
      customLogLevel: (_req: IncomingMessage, res: ServerResponse, error?: Error): LevelWithSilent => {
        const level: Level = error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info';
        return root.isLevelEnabled(level) ? level : 'silent';
      },
      serializers: {
        req: (req: { id: unknown; method: string; url: string; headers: Record<string, unknown>; remoteAddress?: string }) => ({
          id: req.id,
          method: req.method,
          url: redactQuery(req.url),
          headers: redactSecrets({ headers: req.headers }).headers,
          remoteAddress: req.remoteAddress,
        }),
        // Fastify writes the response headers itself, so the Node response has none to show.
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    },
  };
}

/** Masks the values of query parameters whose names suggest a secret (password-reset tokens in links, for instance). */
export function redactQuery(url: string): string {
  const index = url.indexOf('?');
  if (index < 0) return url;
  const params = new URLSearchParams(url.slice(index + 1));
  let changed = false;
  for (const name of new Set(params.keys())) {
    if (SECRET_QUERY_PARAMETER.test(name)) {
      params.set(name, CENSORED);
      changed = true;
    }
  }
  return changed ? `${url.slice(0, index)}?${params.toString()}` : url;
}

const pathOf = (url: string): string => url.split('?', 1)[0];

/** Nest's middleware sees `url` relative to its mount path; `originalUrl` is the request's. */
const originalUrl = (req: IncomingMessage): string => (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '/';
