import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every instance keeps the credentials API-key authentication reads (UserCredentialsCache) and
 * listens on `user_credentials_changed`: each insert, delete or credential change of a user
 * notifies the emails concerned at commit, a truncate notifies '' (everyone). Whatever makes the
 * change, an instance, a migration or psql, no instance goes on trusting the old row.
 */
export class NotifyUserCredentialChanges1700000000018 implements MigrationInterface {
  name = 'NotifyUserCredentialChanges1700000000018';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION notify_user_credentials_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN
          PERFORM pg_notify('user_credentials_changed', '');
          RETURN NULL;
        END IF;
        IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.email IS NOT NULL THEN
          PERFORM pg_notify('user_credentials_changed', OLD.email);
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.email IS NOT NULL THEN
          PERFORM pg_notify('user_credentials_changed', NEW.email);
        END IF;
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER users_credentials_changed
      AFTER INSERT OR DELETE OR UPDATE OF email, name, role, institution_id, deactivated_at, encrypted_api_secret_key ON users
      FOR EACH ROW EXECUTE FUNCTION notify_user_credentials_changed()`);
    await queryRunner.query(`
      CREATE TRIGGER users_truncated
      AFTER TRUNCATE ON users
      FOR EACH STATEMENT EXECUTE FUNCTION notify_user_credentials_changed()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER IF EXISTS users_truncated ON users`);
    await queryRunner.query(`DROP TRIGGER IF EXISTS users_credentials_changed ON users`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS notify_user_credentials_changed()`);
  }
}
