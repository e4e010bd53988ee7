import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The bookkeeping rows of the daily restoration spot test, seeded as the reference seeds them. */
export class SeedInternalMetadata1700000000007 implements MigrationInterface {
  name = 'SeedInternalMetadata1700000000007';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      INSERT INTO ar_internal_metadata (key, value, created_at, updated_at)
      VALUES
        ('spot restore is running', 'false', now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC'),
        ('spot restore last run', '2000-01-01T00:00:00Z', now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC')
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DELETE FROM ar_internal_metadata
      WHERE key IN ('spot restore is running', 'spot restore last run')
    `);
  }
}
