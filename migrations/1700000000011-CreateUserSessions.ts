import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Server-side web sessions. The session cookie carries a random 256-bit token; only its SHA-256
 * is stored here, so a database reader cannot take over a session. Every instance checks this
 * table on each request, so ending a session (sign-out) or all of a user's sessions (deactivation,
 * password or role change) takes effect everywhere at once. The pending second factor and the
 * one-time code sent for it belong to the session, not to the user row.
 */
export class CreateUserSessions1700000000011 implements MigrationInterface {
  name = 'CreateUserSessions1700000000011';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE user_sessions (
        id varchar(64) PRIMARY KEY,
        user_id int NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at timestamp NOT NULL,
        last_seen_at timestamp NOT NULL,
        expires_at timestamp NOT NULL,
        second_factor_completed_at timestamp,
        ip varchar(64),
        user_agent varchar(512),
        revoked_at timestamp,
        otp_hash varchar,
        otp_sent_at timestamp,
        otp_purpose varchar(20),
        otp_phone_number varchar(20),
        otp_failed_attempts int NOT NULL DEFAULT 0
      )`);
    await queryRunner.query(`CREATE INDEX ix_user_sessions_user_id ON user_sessions (user_id)`);
    await queryRunner.query(`CREATE INDEX ix_user_sessions_expires_at ON user_sessions (expires_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE user_sessions`);
  }
}
