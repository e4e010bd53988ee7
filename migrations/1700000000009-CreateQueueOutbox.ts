import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Messages for NSQ are written here in the same transaction as the rows they announce; a relay
 * publishes them and marks them sent, so nothing is lost while nsqd is down.
 */
export class CreateQueueOutbox1700000000009 implements MigrationInterface {
  name = 'CreateQueueOutbox1700000000009';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE queue_outbox (
        id bigserial PRIMARY KEY,
        topic varchar NOT NULL,
        body text NOT NULL,
        created_at timestamp NOT NULL DEFAULT (now() AT TIME ZONE 'UTC'),
        available_at timestamp NOT NULL DEFAULT (now() AT TIME ZONE 'UTC'),
        attempts int NOT NULL DEFAULT 0,
        last_error text,
        sent_at timestamp
      )`);
    await queryRunner.query(`CREATE INDEX ix_queue_outbox_pending ON queue_outbox (available_at, id) WHERE sent_at IS NULL`);
    await queryRunner.query(`CREATE INDEX ix_queue_outbox_sent_at ON queue_outbox (sent_at) WHERE sent_at IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE queue_outbox`);
  }
}
