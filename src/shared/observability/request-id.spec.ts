import type { IncomingMessage } from 'node:http';
import { requestIdOf } from './request-id.js';

const withHeader = (value?: string | string[]) => ({ headers: value === undefined ? {} : { 'x-request-id': value } }) as IncomingMessage;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe(requestIdOf.name, () => {
  it('reuses an acceptable incoming X-Request-Id', () => {
    expect(requestIdOf(withHeader('abc-123_x.y:z'))).toBe('abc-123_x.y:z');
    expect(requestIdOf(withHeader(['first', 'second']))).toBe('first');
  });

  it('generates a UUID when there is none, or it is too long or carries odd characters', () => {
    expect(requestIdOf(withHeader())).toMatch(UUID);
    expect(requestIdOf(withHeader('x'.repeat(129)))).toMatch(UUID);
    expect(requestIdOf(withHeader('a b'))).toMatch(UUID);
    expect(requestIdOf(withHeader('a\nb'))).toMatch(UUID);
    expect(requestIdOf(withHeader(''))).toMatch(UUID);
  });

  it('gives every request its own id', () => {
    expect(requestIdOf(withHeader())).not.toBe(requestIdOf(withHeader()));
  });
});
