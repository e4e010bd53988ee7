import { Global, Module, type DynamicModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { Logger } from 'pino';
import { ApiKeyCacheMetrics } from './api-key-cache.metrics.js';
import { HttpMetricsHook } from './http-metrics.hook.js';
import { loggerModuleParams } from './logging.js';
import { MetricsController } from './metrics.controller.js';
import { RegistryMetrics } from './registry-metrics.js';

/** Structured request logs on the given root logger, and the Prometheus metrics at /metrics. */
@Global()
@Module({})
export class ObservabilityModule {
  static forRoot(rootLogger: Logger): DynamicModule {
    return {
      module: ObservabilityModule,
      imports: [LoggerModule.forRoot(loggerModuleParams(rootLogger))],
      controllers: [MetricsController],
      providers: [RegistryMetrics, HttpMetricsHook, { provide: ApiKeyCacheMetrics, useExisting: RegistryMetrics }],
      exports: [RegistryMetrics, ApiKeyCacheMetrics],
    };
  }
}
