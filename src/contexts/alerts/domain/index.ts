export * from './alert.js';
export * from './alert.validation.js';
