import { isSysAdmin, ROLES } from './role.js';

describe(isSysAdmin.name, () => {
  it('is true only for the admin role', () => {
    expect(ROLES.filter(isSysAdmin)).toEqual(['admin']);
    expect(isSysAdmin(null)).toBe(false);
  });
});
