export * from './validation.js';
export * from './object-state.js';
export * from './storage-option.js';
export * from './timestamp-order.js';
export * from './record-update.rules.js';
export * from './deletion-approval.rules.js';
export * from './secret-token.js';
export * from './pending-work.js';
