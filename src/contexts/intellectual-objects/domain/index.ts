export * from './access.js';
export * from './bagit-profile.js';
export * from './intellectual-object.js';
export * from './intellectual-object.validation.js';
export * from './object-update.rules.js';
export * from './object-deletion.rules.js';
export * from './object-restoration.rules.js';
