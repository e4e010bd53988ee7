export * from './internal-metadata.js';
export * from './maintenance.js';
