/** The user that owns registry-initiated work, e.g. restoration spot tests. */
export const SYSTEM_USER_EMAIL = 'system@aptrust.org';

export const OPS_EMAIL = 'ops@aptrust.org';
