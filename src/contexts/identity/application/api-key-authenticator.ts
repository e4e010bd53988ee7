import { Injectable, Optional } from '@nestjs/common';
import bcrypt from 'bcryptjs';
import type { FastifyRequest } from 'fastify';
import { AuthenticationRequiredError } from '../../../shared/access/access-errors.js';
import type { Actor } from '../../../shared/access/actor.js';
import { ROLES, type Role } from '../../../shared/access/role-permissions.js';
import { ApiKeyCacheMetrics } from '../../../shared/observability/api-key-cache.metrics.js';
import { UserCredentialsCache } from '../infrastructure/persistence/user-credentials.cache.js';
import type { UserCredentials } from '../infrastructure/persistence/user-credentials.query.js';
import { CredentialCache } from './credential-cache.js';

export const API_USER_HEADER = 'x-pharos-api-user';
export const API_KEY_HEADER = 'x-pharos-api-key';

/**
 * API-key authentication: `X-Pharos-API-User` (email) and `X-Pharos-API-Key`, checked against the
 * user's bcrypt-hashed key. Deactivated users are refused (the reference lets them in).
 */
@Injectable()
export class ApiKeyAuthenticator {
  private readonly verified = new CredentialCache();

  constructor(
    private readonly users: UserCredentialsCache,
    @Optional() private readonly cacheMetrics?: ApiKeyCacheMetrics,
  ) {}

  /** True when the request carries both API headers; otherwise other credentials apply. */
  static presentIn(request: FastifyRequest): boolean {
    return headerValue(request, API_USER_HEADER) !== '' && headerValue(request, API_KEY_HEADER) !== '';
  }

  async authenticate(request: FastifyRequest): Promise<Actor> {
    const email = headerValue(request, API_USER_HEADER);
    const key = headerValue(request, API_KEY_HEADER);
    const user = await this.users.byEmail(email);
    if (!user?.encryptedApiSecretKey || user.deactivatedAt !== null || user.institutionId === null) {
      throw new AuthenticationRequiredError();
    }
    if (!(await this.keyMatches(email, key, user.encryptedApiSecretKey))) throw new AuthenticationRequiredError();
    return toActor(user);
  }

  private async keyMatches(email: string, key: string, storedHash: string): Promise<boolean> {
    if (this.verified.has(email, key, storedHash)) {
      this.cacheMetrics?.hit();
      return true;
    }
    this.cacheMetrics?.miss();
    const matches = await bcrypt.compare(key, storedHash);
    if (matches) this.verified.remember(email, key, storedHash);
    return matches;
  }
}

function headerValue(request: FastifyRequest, name: string): string {
  const value = request.headers[name];
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
}

function toActor(user: UserCredentials): Actor {
  return {
    userId: user.id,
    email: user.email,
    name: user.name ?? '',
    role: (ROLES as readonly string[]).includes(user.role) ? (user.role as Role) : 'none',
    institutionId: user.institutionId!,
    authMethod: 'api-key',
  };
}
