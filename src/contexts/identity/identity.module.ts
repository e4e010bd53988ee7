import { Global, Module } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { Authenticator } from '../../shared/access/authenticator.js';
import { AlertsModule } from '../alerts/index.js';
import { InstitutionsModule } from '../institutions/index.js';
import { AccountAlerts } from './application/account-alerts.js';
import { AuthyClient } from './application/authy-client.js';
import { ApiKeyAuthenticator } from './application/api-key-authenticator.js';
import { PasswordsService } from './application/passwords.service.js';
import { RequestAuthenticator } from './application/request-authenticator.js';
import { SessionAuthenticator } from './application/session-authenticator.js';
import { SignInThrottle } from './application/sign-in-throttle.js';
import { SignInService } from './application/sign-in.service.js';
import { SmsSender } from './application/sms-sender.js';
import { TwoFactorService } from './application/two-factor.service.js';
import { UsersService } from './application/users.service.js';
import { WebSessions } from './application/web-sessions.js';
import { PasswordsWebController } from './http/web/passwords.web.controller.js';
import { SessionsWebController } from './http/web/sessions.web.controller.js';
import { TwoFactorWebController } from './http/web/two-factor.web.controller.js';
import { UsersWebController } from './http/web/users.web.controller.js';
import { UserReadQueries } from './infrastructure/persistence/user.read-queries.js';
import { DisabledAuthyClient, HttpAuthyClient } from './infrastructure/authy/http-authy.client.js';
import { LoggingSmsSender } from './infrastructure/sms/logging-sms.sender.js';
import { SnsSmsSender } from './infrastructure/sms/sns-sms.sender.js';
import { UserCredentialsCache } from './infrastructure/persistence/user-credentials.cache.js';
import { UserCredentialsQuery } from './infrastructure/persistence/user-credentials.query.js';
import { UserSessionRepository } from './infrastructure/persistence/user-session.repository.js';
import { UserRepository } from './infrastructure/persistence/user.repository.js';

/**
 * Proves who the caller is (API keys, web sessions) and owns accounts: sign-in, passwords, two-factor
 * sign-in and the user pages. Global, because the access guard and the error filter need the Authenticator.
 */
@Global()
@Module({
  imports: [AlertsModule, InstitutionsModule],
  controllers: [SessionsWebController, PasswordsWebController, TwoFactorWebController, UsersWebController],
  providers: [
    UserCredentialsQuery,
    UserCredentialsCache,
    UserRepository,
    UserSessionRepository,
    ApiKeyAuthenticator,
    SessionAuthenticator,
    WebSessions,
    SignInThrottle,
    SignInService,
    AccountAlerts,
    PasswordsService,
    TwoFactorService,
    UserReadQueries,
    UsersService,
    { provide: SmsSender, useFactory: smsSenderFor, inject: [APP_CONFIG] },
    { provide: AuthyClient, useFactory: authyClientFor, inject: [APP_CONFIG] },
    { provide: Authenticator, useClass: RequestAuthenticator },
  ],
  exports: [Authenticator],
})
export class IdentityModule {}

/** SNS when ENABLE_TWO_FACTOR_SMS is true, otherwise a sender that only logs. */
export function smsSenderFor(config: AppConfig): SmsSender {
  if (!config.twoFactor.smsEnabled) return new LoggingSmsSender(config.isDevelopment);
  return new SnsSmsSender({
    region: config.aws.region,
    endpoint: config.twoFactor.snsEndpoint,
    accessKeyId: config.twoFactor.snsUser,
    secretAccessKey: config.twoFactor.snsPassword,
  });
}

/** The Authy API when ENABLE_TWO_FACTOR_AUTHY is true and a key is set; otherwise push approval is off. */
export function authyClientFor(config: AppConfig): AuthyClient {
  const { authyEnabled, authyApiKey, authyApiUrl } = config.twoFactor;
  return authyEnabled && authyApiKey ? new HttpAuthyClient({ apiUrl: authyApiUrl, apiKey: authyApiKey }) : new DisabledAuthyClient();
}
