import { BadRequestException } from '@nestjs/common';
import { WireArrayBodyPipe, WireBodyPipe, wireBodyProblems, wireField } from './wire-schema.js';

const child = { id: wireField.id, url: wireField.string };
const schema = {
  id: wireField.id,
  name: wireField.string,
  size: wireField.int64,
  at: wireField.time,
  children: wireField.arrayOf(child),
};

describe(wireBodyProblems.name, () => {
  it('accepts a fitting body, absent and null fields, and ignores fields it does not list', () => {
    expect(wireBodyProblems(schema, { id: 3, name: 'x', size: 0, at: '2024-01-01T00:00:00.123456789+02:00', children: [{ url: 'u' }], extra: [1] })).toEqual([]);
    expect(wireBodyProblems(schema, {})).toEqual([]);
    expect(wireBodyProblems(schema, { id: null, name: null, at: null, children: null })).toEqual([]);
  });

  it('names every wrong field once, with its path', () => {
    expect(
      wireBodyProblems(schema, { id: '3', name: 5, size: 1.5, at: 'yesterday', children: [{ id: 1 }, 'x', { url: 7, id: 2 ** 31 }] }),
    ).toEqual([
      'id must be an integer number',
      'name must be a string',
      'size must be an integer number',
      'at must be an RFC 3339 timestamp',
      'children[1] must be a JSON object',
      'children[2].id must not be greater than 2147483647',
      'children[2].url must be a string',
    ]);
  });

  it('refuses values beyond the field limits and impossible dates', () => {
    expect(wireBodyProblems(schema, { size: Number.MAX_SAFE_INTEGER + 2, at: '2023-02-29T00:00:00Z', children: {} })).toEqual([
      'size must not be greater than 9007199254740991',
      'at must be an RFC 3339 timestamp',
      'children must be an array',
    ]);
  });

  it('refuses a body that is not an object', () => {
    expect(wireBodyProblems(schema, undefined)).toEqual(['the body must be a JSON object']);
    expect(wireBodyProblems(schema, [])).toEqual(['the body must be a JSON object']);
    expect(wireBodyProblems(schema, 'text', 'files[2]')).toEqual(['files[2] must be a JSON object']);
  });
});

describe('wire body pipes', () => {
  const messageOf = (run: () => unknown): string => {
    try {
      run();
    } catch (error) {
      return ((error as BadRequestException).getResponse() as { message: string }).message;
    }
    throw new Error('no error');
  };

  it('passes a fitting body through and answers 400 with every problem', () => {
    const pipe = new WireBodyPipe(schema);
    const body = { id: 1 };
    expect(pipe.transform(body)).toBe(body);
    expect(() => pipe.transform({ id: 'x' })).toThrow(BadRequestException);
    expect(messageOf(() => pipe.transform({ id: 'x', name: 1 }))).toBe('id must be an integer number\nname must be a string');
  });

  it('names the items of an array body by index', () => {
    const pipe = new WireArrayBodyPipe(schema, 'files', 'files');
    expect(pipe.transform([{ id: 1 }, {}])).toHaveLength(2);
    expect(messageOf(() => pipe.transform({}))).toBe('the body must be a JSON array of files');
    expect(messageOf(() => pipe.transform([{}, { children: [{ url: 1 }] }]))).toBe('files[1].children[0].url must be a string');
  });
});
