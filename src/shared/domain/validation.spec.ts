import {
  byteLength,
  collectErrors,
  failIf,
  fieldRef,
  firstFailure,
  isBlank,
  isByteLengthBetween,
  isDnsHostname,
  isEmail,
  isOneOf,
  isPermissiveUrl,
  isPresentId,
  isUuid,
  validationErrorText,
} from './validation.js';

const name = fieldRef('Name', 'name');
const role = fieldRef('Role', 'role');

describe(failIf.name, () => {
  it('returns the error with both field names when the condition holds', () => {
    expect(failIf(true, name, 'Name is required.')).toEqual({ field: 'Name', jsonField: 'name', message: 'Name is required.' });
  });

  it('returns undefined when the condition does not hold', () => {
    expect(failIf(false, name, 'Name is required.')).toBeUndefined();
  });
});

describe(firstFailure.name, () => {
  it('reports only the first failing rule of a field', () => {
    expect(firstFailure(role, [[false, 'a'], [true, 'b'], [true, 'c']])?.message).toBe('b');
  });

  it('returns undefined when no rule fails', () => {
    expect(firstFailure(role, [[false, 'a']])).toBeUndefined();
  });
});

describe(collectErrors.name, () => {
  it('keeps the errors in the given order and drops passes', () => {
    const errors = collectErrors(failIf(true, name, 'first'), undefined, failIf(true, role, 'second'));
    expect(errors.map((e) => e.message)).toEqual(['first', 'second']);
  });
});

describe(validationErrorText.name, () => {
  it('renders one "Field: message" line per error', () => {
    const text = validationErrorText(collectErrors(failIf(true, name, 'too short'), failIf(true, role, 'invalid')));
    expect(text).toBe('Name: too short\nRole: invalid');
  });
});

describe(isBlank.name, () => {
  it.each([null, undefined, '', '   ', '\t\n'])('treats %p as blank', (value) => {
    expect(isBlank(value)).toBe(true);
  });

  it('treats text surrounded by spaces as not blank', () => {
    expect(isBlank(' x ')).toBe(false);
  });
});

describe(byteLength.name, () => {
  it('counts UTF-8 bytes rather than characters', () => {
    expect(byteLength('abc')).toBe(3);
    expect(byteLength('é')).toBe(2);
    expect(byteLength('€')).toBe(3);
    expect(byteLength('😀')).toBe(4);
  });

  it('counts null as zero bytes', () => {
    expect(byteLength(null)).toBe(0);
  });
});

describe(isByteLengthBetween.name, () => {
  it('includes both bounds', () => {
    expect(isByteLengthBetween('ab', 2, 3)).toBe(true);
    expect(isByteLengthBetween('abc', 2, 3)).toBe(true);
    expect(isByteLengthBetween('a', 2, 3)).toBe(false);
    expect(isByteLengthBetween('abcd', 2, 3)).toBe(false);
  });

  it('rejects a two-character string that is over the byte limit', () => {
    expect(isByteLengthBetween('éé', 1, 3)).toBe(false);
  });
});

describe(isOneOf.name, () => {
  it('matches exact members only', () => {
    expect(isOneOf(['A', 'D'], 'A')).toBe(true);
    expect(isOneOf(['A', 'D'], 'a')).toBe(false);
    expect(isOneOf(['A', 'D'], null)).toBe(false);
  });
});

describe(isPresentId.name, () => {
  it('accepts ids of at least 1 and treats 0, negatives and null as missing', () => {
    expect(isPresentId(1)).toBe(true);
    expect(isPresentId(0)).toBe(false);
    expect(isPresentId(-3)).toBe(false);
    expect(isPresentId(null)).toBe(false);
  });
});

describe(isUuid.name, () => {
  it('accepts 8-4-4-4-12 hex in either case', () => {
    expect(isUuid('3f2b9a52-8c1e-4d4e-9b3a-0c6f1e2d3a4b')).toBe(true);
    expect(isUuid('3F2B9A52-8C1E-4D4E-9B3A-0C6F1E2D3A4B')).toBe(true);
  });

  it.each(['', 'not-a-uuid', '3f2b9a528c1e4d4e9b3a0c6f1e2d3a4b', '3f2b9a52-8c1e-4d4e-9b3a-0c6f1e2d3a4', 'g f2b9a52-8c1e-4d4e-9b3a-0c6f1e2d3a4b', ' 3f2b9a52-8c1e-4d4e-9b3a-0c6f1e2d3a4b'])(
    'rejects %p',
    (value) => {
      expect(isUuid(value)).toBe(false);
    },
  );
});

describe(isEmail.name, () => {
  it.each(['system@aptrust.org', 'user+tag@inst1.example.edu', "o'brien@test.edu", 'first.last@x.co', 'jösé@ünï.edu'])('accepts %p', (value) => {
    expect(isEmail(value)).toBe(true);
  });

  it.each(['', 'plainaddress', '@aptrust.org', 'user@', 'user@localhost', 'user@aptrust.', 'us er@aptrust.org', 'user@@aptrust.org', '.user@aptrust.org', 'user.@aptrust.org', 'user@aptrust.123', 'user@-bad.org'])(
    'rejects %p',
    (value) => {
      expect(isEmail(value)).toBe(false);
    },
  );
});

describe(isDnsHostname.name, () => {
  it.each(['aptrust.org', 'institution1.edu', 'localhost', 'a-b.c_d.example.edu', 'x'.repeat(63) + '.org'])('accepts %p', (value) => {
    expect(isDnsHostname(value)).toBe(true);
  });

  it.each(['', 'has space.edu', '-leading.edu', 'trailing-.edu', 'double..dot.edu', 'aptrust.org.', '10.0.0.1', 'x'.repeat(64) + '.org', `${'a'.repeat(60)}.`.repeat(5) + 'edu'])(
    'rejects %p',
    (value) => {
      expect(isDnsHostname(value)).toBe(false);
    },
  );
});

describe(isPermissiveUrl.name, () => {
  it.each([
    'https://s3.amazonaws.com/aptrust.preservation.storage/3f2b9a52-8c1e-4d4e-9b3a-0c6f1e2d3a4b',
    'http://localhost:9899/preservation-va/3f2b9a52-8c1e-4d4e-9b3a-0c6f1e2d3a4b',
    's3.us-east-2.wasabisys.com/bucket/key',
    'https://127.0.0.1:9000/bucket?x=1#frag',
    'ftp://user:pw@host.example.org/path',
  ])('accepts %p (scheme optional)', (value) => {
    expect(isPermissiveUrl(value)).toBe(true);
  });

  it.each(['', 'ab', 'https://', 'not a url', 'https://host name.org/x', 'mailto://x', '://host.org', 'https://host.org/has space'])('rejects %p', (value) => {
    expect(isPermissiveUrl(value)).toBe(false);
  });
});
