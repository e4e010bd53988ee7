import { Writable } from 'node:stream';
import { CENSORED, createRootLogger, redactQuery, redactSecrets } from './logging.js';

function capture() {
  const lines: Record<string, any>[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, destination };
}

describe(createRootLogger.name, () => {
  it('writes JSON lines with a level name, an ISO time and the service', () => {
    const { lines, destination } = capture();
    createRootLogger({ level: 'info', destination }).info('hello');
    expect(lines).toEqual([expect.objectContaining({ level: 'info', service: 'registry', msg: 'hello', time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) })]);
  });

  it('honours the level', () => {
    const { lines, destination } = capture();
    const logger = createRootLogger({ level: 'warn', destination });
    logger.info('dropped');
    logger.warn('kept');
    expect(lines.map((l) => l.msg)).toEqual(['kept']);
  });

  it('redacts credentials in request and response headers', () => {
    const { lines, destination } = capture();
    createRootLogger({ level: 'info', destination }).info({
      req: { headers: { 'x-pharos-api-user': 'user@inst1.edu', 'x-pharos-api-key': 'secret-key', cookie: 'aptrust_session=abc', authorization: 'Bearer t' } },
      res: { headers: { 'set-cookie': 'aptrust_session=abc' } },
    });
    expect(lines[0].req.headers).toEqual({ 'x-pharos-api-user': 'user@inst1.edu', 'x-pharos-api-key': CENSORED, cookie: CENSORED, authorization: CENSORED });
    expect(lines[0].res.headers['set-cookie']).toBe(CENSORED);
  });

  it('redacts passwords, keys and tokens in logged bodies, up to three levels deep', () => {
    const { lines, destination } = capture();
    createRootLogger({ level: 'info', destination }).info({
      password: 'a',
      body: { password: 'b', new_password: 'c', email: 'x@y.z', user: { reset_password_token: 'd', api_key: 'e' } },
    });
    expect(lines[0].password).toBe(CENSORED);
    expect(lines[0].body).toEqual({ password: CENSORED, new_password: CENSORED, email: 'x@y.z', user: { reset_password_token: CENSORED, api_key: CENSORED } });
  });
});

describe(redactSecrets.name, () => {
  it('returns the very object when it holds no secret, and a copy when it does, leaving the original alone', () => {
    const clean = { reqId: 'r1', body: { email: 'a@b.c' } };
    expect(redactSecrets(clean)).toBe(clean);
    const secret = { body: { files: [{ password: 'x' }] }, headers: { cookie: 'c' } };
    expect(redactSecrets(secret)).toEqual({ body: { files: [{ password: 'x' }] }, headers: { cookie: CENSORED } });
    expect(redactSecrets({ list: [{ token: 't' }] })).toEqual({ list: [{ token: CENSORED }] });
    expect(secret.headers.cookie).toBe('c');
  });

  it('searches headers objects with or without a prototype, and leaves other classes to their serialisers', () => {
    const headers = Object.assign(Object.create(null) as Record<string, string>, { authorization: 'Bearer t', accept: '*/*' });
    expect(redactSecrets({ req: { headers } }).req.headers).toEqual({ authorization: CENSORED, accept: '*/*' });
    const error = Object.assign(new Error('boom'), { token: 't' });
    expect(redactSecrets({ err: error }).err).toBe(error);
  });
});

describe(redactQuery.name, () => {
  it('masks secret-looking query parameters and leaves the rest', () => {
    expect(redactQuery('/users/complete_password_reset/3?token=abc&page=2')).toBe('/users/complete_password_reset/3?token=%5BRedacted%5D&page=2');
    expect(redactQuery('/objects?per_page=2')).toBe('/objects?per_page=2');
    expect(redactQuery('/objects')).toBe('/objects');
  });
});
