export * from './deletion-request.js';
export * from './deletion-request.validation.js';
export * from './deletion-request-lifecycle.rules.js';
export * from './batch-deletion.rules.js';
export * from './test-routes.rules.js';
export * from './deletion-request-creation.rules.js';
