export * from './storage-option-price.validation.js';
