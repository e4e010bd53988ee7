export * from './role.js';
export * from './system-account.js';
export * from './user.js';
export * from './user.validation.js';
export * from './phone-number.js';
export * from './password-policy.js';
export * from './two-factor.js';
export * from './session-bookkeeping.rules.js';
