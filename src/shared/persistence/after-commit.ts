import { Logger } from '@nestjs/common';
import type { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner, TransactionCommitEvent, TransactionRollbackEvent } from 'typeorm';

type Action = () => void;

/**
 * Runs actions once the transaction an EntityManager works in has committed, through TypeORM's
 * transaction events: after the outermost commit (a nested transaction's commit only releases a
 * savepoint), never after a rollback of the whole transaction, and at once when the manager is in
 * no transaction (its statements have committed already). An action registered several times in
 * one transaction runs once. Actions run inside TypeORM's commit call, so they must be quick and
 * fire-and-forget; one that throws is logged, never passed on to the committing caller.
 */
export class AfterCommit implements EntitySubscriberInterface {
  private readonly logger = new Logger('AfterCommit');
  private readonly pending = new WeakMap<QueryRunner, Set<Action>>();
  private readonly subscribedTo = new Set<DataSource>();

  run(manager: EntityManager, action: Action): void {
    const runner = manager.queryRunner;
    if (!runner?.isTransactionActive) {
      this.runSafely(action);
      return;
    }
    this.subscribeTo(runner.dataSource);
    const actions = this.pending.get(runner) ?? new Set<Action>();
    actions.add(action);
    this.pending.set(runner, actions);
  }

  /** Stops listening to transactions (on shutdown). */
  detach(): void {
    for (const dataSource of this.subscribedTo) {
      const index = dataSource.subscribers.indexOf(this);
      if (index >= 0) dataSource.subscribers.splice(index, 1);
    }
    this.subscribedTo.clear();
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    if (event.queryRunner.isTransactionActive) return;
    const actions = this.pending.get(event.queryRunner);
    if (!actions) return;
    this.pending.delete(event.queryRunner);
    for (const action of actions) this.runSafely(action);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (!event.queryRunner.isTransactionActive) this.pending.delete(event.queryRunner);
  }

  /** Subscribes on first use, to the manager's own data source: DataSource.initialize() replaces the subscriber list. */
  private subscribeTo(dataSource: DataSource): void {
    if (this.subscribedTo.has(dataSource)) return;
    dataSource.subscribers.push(this);
    this.subscribedTo.add(dataSource);
  }

  private runSafely(action: Action): void {
    try {
      action();
    } catch (error) {
      this.logger.error(`An after-commit action failed: ${String(error)}`);
    }
  }
}
