import { PERMISSIONS } from './permission.js';
import { ROLE_PERMISSIONS, roleHasPermission } from './role-permissions.js';

describe('ROLE_PERMISSIONS', () => {
  it('holds 76 permissions, granted to 30 (user), 40 (inst admin) and 69 (sys admin)', () => {
    expect(PERMISSIONS).toHaveLength(76);
    expect(new Set(PERMISSIONS).size).toBe(76);
    expect(ROLE_PERMISSIONS.institutional_user.size).toBe(30);
    expect(ROLE_PERMISSIONS.institutional_admin.size).toBe(40);
    expect(ROLE_PERMISSIONS.admin.size).toBe(69);
    expect(ROLE_PERMISSIONS.none.size).toBe(0);
  });

  it('gives an institutional admin everything an institutional user has', () => {
    for (const permission of ROLE_PERMISSIONS.institutional_user) expect(roleHasPermission('institutional_admin', permission)).toBe(true);
  });

  it('keeps deletion decisions with institutional admins, even against sys admins', () => {
    for (const permission of ['DeletionRequestApprove', 'FileRequestDelete', 'IntellectualObjectRequestDelete'] as const) {
      expect(roleHasPermission('institutional_admin', permission)).toBe(true);
      expect(roleHasPermission('admin', permission)).toBe(false);
    }
  });

  it('lets nobody change or delete checksums and events', () => {
    for (const role of ['admin', 'institutional_admin', 'institutional_user', 'none'] as const) {
      for (const permission of ['ChecksumUpdate', 'ChecksumDelete', 'EventUpdate', 'EventDelete'] as const) {
        expect(roleHasPermission(role, permission)).toBe(false);
      }
    }
  });

  it('matches the recorded matrix (a change here is a permissions change)', () => {
    const matrix = Object.fromEntries(
      PERMISSIONS.map((p) => [p, (['institutional_user', 'institutional_admin', 'admin'] as const).map((r) => (roleHasPermission(r, p) ? 'Y' : '-')).join('')]),
    );
    expect(matrix).toMatchSnapshot();
  });
});
