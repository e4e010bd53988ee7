import { scriptJson } from './script-json.js';

describe(scriptJson.name, () => {
  it('cannot close the script element it is embedded in, and parses back to the same value', () => {
    const value = { name: '</script><script>alert(1)</script>', amp: 'a & b', sep: 'x\u2028y' };
    const text = scriptJson(value);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});
