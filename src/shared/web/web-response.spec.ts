import { formFields, safeReturnPath } from './web-response.js';

describe(safeReturnPath.name, () => {
  it('accepts paths on this site', () => {
    expect(safeReturnPath('/objects?page=2')).toBe('/objects?page=2');
  });

  it('refuses anything that could leave the site', () => {
    for (const value of ['//evil.example', 'https://evil.example', '/\\evil.example', 'objects', '', undefined, '/x\r\nSet-Cookie: a=b']) {
      expect(safeReturnPath(value)).toBe('/dashboard');
    }
  });
});

describe(formFields.name, () => {
  it('keeps the last value of each field as a string (a checked checkbox after its hidden default)', () => {
    expect(formFields({ Name: 'Ann', OTPRequiredForLogin: ['false', 'true'], Count: 3, skip: { x: 1 } })).toEqual({ Name: 'Ann', OTPRequiredForLogin: 'true', Count: '3' });
  });
});
