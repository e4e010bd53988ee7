export * from './premis-event.js';
export * from './premis-event.validation.js';
export * from './deletion-event.js';
