import { goJson } from './go-json.js';

describe(goJson.name, () => {
  it("escapes the HTML-sensitive characters as Go's encoder does, and parses back to the same value", () => {
    const value = { name: '</script><script>alert(1)</script>', amp: 'a & b', sep: 'x\u2028y\u2029z' };
    const text = goJson(value);
    expect(text).toBe('{"name":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e","amp":"a \\u0026 b","sep":"x\\u2028y\\u2029z"}');
    expect(JSON.parse(text)).toEqual(value);
  });

  it('writes text without those characters as JSON.stringify does, twice in a row', () => {
    const value = { count: 2, next: '', results: [{ identifier: 'inst.edu/bag' }] };
    expect(goJson({ a: '<' })).toBe('{"a":"\\u003c"}');
    expect(goJson(value)).toBe(JSON.stringify(value));
    expect(goJson({ a: '&' })).toBe('{"a":"\\u0026"}');
  });
});
