import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { AfterCommit } from './after-commit.js';

describe(AfterCommit.name, () => {
  let db: TestDatabase;
  let afterCommit: AfterCommit;
  let calls: string[];
  const action = (): void => {
    calls.push('action');
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    afterCommit = new AfterCommit();
  });
  afterAll(async () => {
    afterCommit.detach();
    await db.drop();
  });
  beforeEach(() => {
    calls = [];
  });

  it('runs the action once the transaction has committed, once however often it was registered', async () => {
    await db.dataSource.transaction(async (manager) => {
      afterCommit.run(manager, action);
      afterCommit.run(manager, action);
      await manager.query('SELECT 1');
      expect(calls).toEqual([]);
    });
    expect(calls).toEqual(['action']);
  });

  it('waits for the outermost commit when registered in a nested transaction', async () => {
    await db.dataSource.transaction(async (manager) => {
      await manager.transaction(async (nested) => afterCommit.run(nested, action));
      expect(calls).toEqual([]);
    });
    expect(calls).toEqual(['action']);
  });

  it('forgets the action when the transaction rolls back', async () => {
    await expect(
      db.dataSource.transaction(async (manager) => {
        afterCommit.run(manager, action);
        throw new Error('abandoned');
      }),
    ).rejects.toThrow('abandoned');
    await db.dataSource.transaction((manager) => manager.query('SELECT 1'));
    expect(calls).toEqual([]);
  });

  it('runs the action at once outside a transaction, whose statements have committed', () => {
    afterCommit.run(db.dataSource.manager, action);
    expect(calls).toEqual(['action']);
  });

  it('keeps a failing action from the committing caller', async () => {
    await expect(
      db.dataSource.transaction(async (manager) =>
        afterCommit.run(manager, () => {
          throw new Error('boom');
        }),
      ),
    ).resolves.toBeUndefined();
  });
});
