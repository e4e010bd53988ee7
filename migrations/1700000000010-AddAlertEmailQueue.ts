import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each recipient row of an alert doubles as its email's queue entry: a mailer sends rows that are
 * pending and marks them sent, retrying failures, so an email outage loses nothing. Rows that
 * existed before (and the fixtures) are not pending. `email_body` holds an email that differs from
 * the stored alert content (a deletion review link with its token) until it is sent, then is cleared,
 * so no token stays in the database.
 */
export class AddAlertEmailQueue1700000000010 implements MigrationInterface {
  name = 'AddAlertEmailQueue1700000000010';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE alerts_users
        ADD COLUMN email_pending boolean NOT NULL DEFAULT false,
        ADD COLUMN email_attempts int NOT NULL DEFAULT 0,
        ADD COLUMN email_last_error text,
        ADD COLUMN email_body text`);
    await queryRunner.query(`CREATE INDEX ix_alerts_users_email_pending ON alerts_users (alert_id) WHERE email_pending`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX ix_alerts_users_email_pending`);
    await queryRunner.query(`ALTER TABLE alerts_users DROP COLUMN email_body, DROP COLUMN email_last_error, DROP COLUMN email_attempts, DROP COLUMN email_pending`);
  }
}
