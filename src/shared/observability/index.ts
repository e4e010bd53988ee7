export { ApiKeyCacheMetrics } from './api-key-cache.metrics.js';
export { createRootLogger, type RootLoggerOptions } from './logging.js';
export { ObservabilityModule } from './observability.module.js';
export { RegistryMetrics } from './registry-metrics.js';
export { REQUEST_ID_HEADER, requestIdOf } from './request-id.js';
