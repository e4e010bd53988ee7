import { DomainError } from '../../../shared/errors/domain-error.js';
import { UserIdParamPipe } from './user-id-param.pipe.js';

describe(UserIdParamPipe.name, () => {
  const pipe = new UserIdParamPipe();

  it('turns a decimal integer into a number', () => {
    expect(pipe.transform('3')).toBe(3);
    expect(pipe.transform('0')).toBe(0);
    expect(pipe.transform('-2')).toBe(-2);
  });

  it.each(['', 'abc', '3a', '1.5', '1e3', ' 3', '99999999999999999999'])('refuses %j with an invalid-kind error', (value) => {
    expect(() => pipe.transform(value)).toThrow(DomainError);
    expect(() => pipe.transform(value)).toThrow(expect.objectContaining({ kind: 'invalid', message: 'user_id must be an integer' }));
  });
});
