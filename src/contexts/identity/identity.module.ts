import { Global, Module } from '@nestjs/common';
import { Authenticator } from '../../shared/access/authenticator.js';
import { ApiKeyAuthenticator } from './application/api-key-authenticator.js';
import { RequestAuthenticator } from './application/request-authenticator.js';
import { UserCredentialsQuery } from './infrastructure/persistence/user-credentials.query.js';

/** Proves who the caller is. Global, because the access guard and the error filter need the Authenticator. */
@Global()
@Module({
  providers: [UserCredentialsQuery, ApiKeyAuthenticator, { provide: Authenticator, useClass: RequestAuthenticator }],
  exports: [Authenticator],
})
export class IdentityModule {}
