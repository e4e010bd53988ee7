export * from './work-item.js';
export * from './work-item.validation.js';
export * from './work-item-update.rules.js';
export * from './requeue.rules.js';
export * from './nsq-topic.js';
export * from './work-item-view.js';
export * from './restoration-alert.rules.js';
export * from './new-work-item.rules.js';
