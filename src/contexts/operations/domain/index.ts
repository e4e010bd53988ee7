export * from './internal-metadata.js';
