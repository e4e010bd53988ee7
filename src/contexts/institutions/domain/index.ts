export * from './institution.js';
export * from './institution.validation.js';
export * from './bucket-name.rules.js';
export * from './spot-restore.rules.js';
