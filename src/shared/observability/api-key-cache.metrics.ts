/**
 * What the identity context reports about its cache of verified API keys. A DI token: the
 * observability module provides the Prometheus-backed implementation.
 */
export abstract class ApiKeyCacheMetrics {
  abstract hit(): void;
  abstract miss(): void;
}
