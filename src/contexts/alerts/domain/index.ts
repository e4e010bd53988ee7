export * from './alert.js';
export * from './alert.validation.js';
export * from './failed-fixity.rules.js';
