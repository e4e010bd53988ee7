import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PreparedStatement } from '../../../../shared/persistence/prepared-statement.js';

/** What authentication needs to know about a user. */
export interface UserCredentials {
  readonly id: number;
  readonly email: string;
  readonly name: string | null;
  readonly role: string;
  readonly institutionId: number | null;
  readonly deactivatedAt: string | null;
  readonly encryptedApiSecretKey: string | null;
}

const BY_EMAIL = new PreparedStatement(
  'user_credentials_by_email',
  'SELECT id, email, name, role, institution_id, deactivated_at, encrypted_api_secret_key FROM users WHERE email = $1',
);

@Injectable()
export class UserCredentialsQuery {
  constructor(private readonly dataSource: DataSource) {}

  /** Exact, case-sensitive email match, as the reference's API authentication does. */
  async byEmail(email: string): Promise<UserCredentials | null> {
    const row = await BY_EMAIL.first(this.dataSource, [email]);
    if (!row) return null;
    return {
      id: row.id as number,
      email: row.email as string,
      name: row.name as string | null,
      role: row.role as string,
      institutionId: row.institution_id as number | null,
      deactivatedAt: row.deactivated_at as string | null,
      encryptedApiSecretKey: row.encrypted_api_secret_key as string | null,
    };
  }
}
