import { AccessPolicy } from './access-policy.js';
import type { Actor } from './actor.js';
import { ALL_INSTITUTIONS, onlyInstitution } from './institution-scope.js';

const actor = (role: Actor['role'], institutionId = 2): Actor => ({ userId: 1, email: 'a@example.edu', name: 'A', role, institutionId, authMethod: 'api-key' });

describe('AccessPolicy', () => {
  it("holds a sys admin's permissions in every institution, and needs no owner to check them", () => {
    const sysAdmin = actor('admin', 1);
    expect(AccessPolicy.permissionsHoldEverywhere(sysAdmin)).toBe(true);
    expect(AccessPolicy.hasPermission(sysAdmin, 'FileUpdate', 7)).toBe(true);
    expect(AccessPolicy.hasPermission(sysAdmin, 'FileUpdate', null)).toBe(true);
    expect(AccessPolicy.scopeFor(sysAdmin)).toEqual(ALL_INSTITUTIONS);
  });

  it("holds members' permissions only in their own institution, so their checks need the owner", () => {
    const member = actor('institutional_admin', 2);
    expect(AccessPolicy.permissionsHoldEverywhere(member)).toBe(false);
    expect(AccessPolicy.hasPermission(member, 'FileRead', 2)).toBe(true);
    expect(AccessPolicy.hasPermission(member, 'FileRead', 3)).toBe(false);
    expect(AccessPolicy.hasPermission(member, 'FileRead', null)).toBe(false);
    expect(AccessPolicy.scopeFor(member)).toEqual(onlyInstitution(2));
  });

  it('never grants a permission the role lacks', () => {
    expect(AccessPolicy.hasPermission(actor('institutional_user', 2), 'FileUpdate', 2)).toBe(false);
    expect(AccessPolicy.hasPermission(actor('none', 2), 'FileRead', 2)).toBe(false);
  });
});
