import { Global, Module } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { AlertEmailDeliveryJob, AlertMailer } from './alert-email.mailer.js';
import { EmailTransport } from './email-transport.js';
import { LoggingEmailTransport } from './logging-email.transport.js';
import { SesEmailTransport } from './ses-email.transport.js';
import { SmtpEmailTransport } from './smtp-email.transport.js';

/** The transport EMAIL_SERVICE_TYPE and EMAIL_ENABLED select. */
export function emailTransportFor(config: AppConfig): EmailTransport {
  if (!config.email.enabled) return new LoggingEmailTransport(config.isDevelopment);
  if (config.email.service === 'SES') {
    return new SesEmailTransport({
      region: config.aws.region,
      endpoint: config.email.endpoint,
      accessKeyId: config.email.user,
      secretAccessKey: config.email.password,
      fromAddress: config.email.fromAddress,
    });
  }
  if (!config.email.endpoint) throw new Error('SES_ENDPOINT (host:port of the SMTP server) is required when EMAIL_SERVICE_TYPE is SMTP and EMAIL_ENABLED is true');
  return new SmtpEmailTransport({
    endpoint: config.email.endpoint,
    user: config.email.user,
    password: config.email.password,
    fromAddress: config.email.fromAddress,
    requireTls: !config.isDevelopment,
  });
}

/** Email for every context: the configured transport and the mailer of queued alert emails. */
@Global()
@Module({
  providers: [{ provide: EmailTransport, useFactory: emailTransportFor, inject: [APP_CONFIG] }, AlertMailer, AlertEmailDeliveryJob],
  exports: [EmailTransport, AlertMailer],
})
export class EmailModule {}
