import type { MigrationInterface, QueryRunner } from 'typeorm';

/** When a failed alert email may be tried again; the mailer backs off exponentially. */
export class AddAlertEmailRetrySchedule1700000000012 implements MigrationInterface {
  name = 'AddAlertEmailRetrySchedule1700000000012';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE alerts_users ADD COLUMN email_next_attempt_at timestamp`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE alerts_users DROP COLUMN email_next_attempt_at`);
  }
}
