export * from './generic-file.js';
export * from './generic-file.validation.js';
export * from './checksum.js';
export * from './storage-record.js';
export * from './file-update.rules.js';
export * from './file-deletion.rules.js';
export * from './file-children.rules.js';
export * from './fixity.rules.js';
