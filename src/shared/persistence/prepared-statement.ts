import type { Pool, PoolClient } from 'pg';
import { EntityManager, QueryFailedError, type DataSource } from 'typeorm';

export interface PreparedResult<Row> {
  readonly rows: Row[];
  readonly rowCount: number;
}

const registered = new Map<string, string>();

/**
 * A statement PostgreSQL parses and plans once per connection and afterwards only executes. For
 * the fixed statements of the busiest routes, where planning costs more than running: lookups and
 * writes by key, whose best plan does not depend on the values. Everything else (lists, filters)
 * goes through TypeORM and is planned for its values each time. Statements name their result
 * columns rather than `*`: a column a later migration adds would change the result type, which
 * PostgreSQL refuses for a prepared statement (a transaction could not recover from that).
 */
export class PreparedStatement<Row = Record<string, unknown>> {
  constructor(
    readonly name: string,
    readonly text: string,
  ) {
    const known = registered.get(name);
    if (known !== undefined && known !== text) throw new Error(`Two prepared statements are named ${name}`);
    registered.set(name, text);
  }

  /** Runs on the transaction's connection when `db` is a transaction's manager, otherwise on a pooled one. */
  async execute(db: DataSource | EntityManager, values: readonly unknown[]): Promise<PreparedResult<Row>> {
    const dataSource = db instanceof EntityManager ? db.connection : db;
    dataSource.logger.logQuery(this.text, values as unknown[]);
    const runner = db instanceof EntityManager ? db.queryRunner : undefined;
    const client: Pool | PoolClient = runner ? await runner.connect() : (dataSource.driver as unknown as { master: Pool }).master;
    try {
      const result = await client.query({ name: this.name, text: this.text, values: values as unknown[] })
        .catch((error: unknown) => {
          // A migration changed a table or view under a connection's prepared statement; plan it afresh.
          if (!isStalePlan(error)) throw error;
          return client.query(this.text, values as unknown[]);
        });
      return { rows: result.rows as Row[], rowCount: result.rowCount ?? 0 };
    } catch (error) {
      throw new QueryFailedError(this.text, values as unknown[], error as Error);
    }
  }

  async rows(db: DataSource | EntityManager, values: readonly unknown[]): Promise<Row[]> {
    return (await this.execute(db, values)).rows;
  }

  async first(db: DataSource | EntityManager, values: readonly unknown[]): Promise<Row | undefined> {
    return (await this.execute(db, values)).rows[0];
  }
}

const isStalePlan = (error: unknown): boolean =>
  (error as { code?: string }).code === '0A000' && /cached plan must not change result type/.test(String((error as Error).message));
