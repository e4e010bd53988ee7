import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { InternalMetadataService } from './application/internal-metadata.service.js';
import { NsqAdminService } from './application/nsq-admin.service.js';
import { ProbesService } from './application/probes.service.js';
import { ShutdownState } from './application/shutdown-state.js';
import { HealthController } from './http/health.controller.js';
import { MaintenanceRedirectHook } from './http/maintenance-redirect.hook.js';
import { MaintenanceController } from './http/maintenance.controller.js';
import { ShutdownDrainHook } from './http/shutdown-drain.hook.js';
import { AccessibilityWebController } from './http/web/accessibility.web.controller.js';
import { PublicPagesWebController } from './http/web/public-pages.web.controller.js';
import { InternalMetadataWebController } from './http/web/internal-metadata.web.controller.js';
import { NsqWebController } from './http/web/nsq.web.controller.js';
import { MigrationsHealthIndicator } from './infrastructure/health/migrations.indicator.js';
import { NsqdHealthIndicator } from './infrastructure/health/nsqd.indicator.js';
import { RedisHealthIndicator } from './infrastructure/health/redis.indicator.js';

@Module({
  imports: [TerminusModule.forRoot({ errorLogStyle: 'json' })],
  controllers: [HealthController, MaintenanceController, NsqWebController, InternalMetadataWebController, AccessibilityWebController, PublicPagesWebController],
  providers: [
    ShutdownState, ProbesService, MigrationsHealthIndicator, RedisHealthIndicator, NsqdHealthIndicator, MaintenanceRedirectHook, ShutdownDrainHook,
    NsqAdminService, InternalMetadataService,
  ],
  exports: [ShutdownState],
})
export class OperationsModule {}
