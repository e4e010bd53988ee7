import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { ApiErrorFilter } from '../http/api-error.filter.js';
import { AccessGuard } from './access.guard.js';
import { ResourceOwnership } from './resource-ownership.js';

/** Installs the global access guard and the global error filter. Needs an Authenticator provider (identity). */
@Module({
  providers: [ResourceOwnership, { provide: APP_GUARD, useClass: AccessGuard }, { provide: APP_FILTER, useClass: ApiErrorFilter }],
})
export class AccessModule {}
