import { Module, type DynamicModule } from '@nestjs/common';
import type { Logger } from 'pino';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { IdentityModule } from './contexts/identity/index.js';
import { AlertsModule } from './contexts/alerts/index.js';
import { DeletionRequestsModule } from './contexts/deletion-requests/index.js';
import { GenericFilesModule } from './contexts/generic-files/index.js';
import { InstitutionsModule } from './contexts/institutions/index.js';
import { IntellectualObjectsModule } from './contexts/intellectual-objects/index.js';
import { PremisEventsModule } from './contexts/premis-events/index.js';
import { WorkItemsModule } from './contexts/work-items/index.js';
import { OperationsModule } from './contexts/operations/index.js';
import { ReportsModule } from './contexts/reports/index.js';
import { AccessModule } from './shared/access/access.module.js';
import { MessagingModule } from './shared/messaging/messaging.module.js';
import { createRootLogger, ObservabilityModule } from './shared/observability/index.js';
import { EmailModule } from './shared/email/email.module.js';
import { JobsModule } from './shared/jobs/index.js';
import { StatisticsJobsModule } from './database/statistics-jobs.module.js';
import { dataSourceOptions } from './shared/persistence/data-source.js';

@Module({})
export class AppModule {
  /** `databaseUrl` is the configured DATABASE_URL or the embedded server's database; `rootLogger` receives every log line. */
  static forRoot(config: AppConfig, databaseUrl: string, rootLogger: Logger = createRootLogger({ level: config.logLevel })): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        ObservabilityModule.forRoot(rootLogger),
        TypeOrmModule.forRoot({
          ...dataSourceOptions({ url: databaseUrl, poolSize: config.database.poolSize, ssl: config.database.ssl, logSql: config.database.logSql }),
          migrationsRun: false,
        }),
        IdentityModule,
        AccessModule,
        MessagingModule,
        JobsModule.forRoot(config),
        StatisticsJobsModule,
        EmailModule,
        OperationsModule,
        InstitutionsModule,
        IntellectualObjectsModule,
        GenericFilesModule,
        PremisEventsModule,
        WorkItemsModule,
        DeletionRequestsModule,
        AlertsModule,
        ReportsModule,
      ],
    };
  }
}
