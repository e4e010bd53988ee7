import { createTestDatabase, type TestDatabase } from '../../../../../test/support/test-database.js';
import { toWorkItemFields } from '../../application/work-item.record.js';
import { WorkItemRepository } from './work-item.repository.js';

describe(`${WorkItemRepository.name}.overwriteOwned`, () => {
  let db: TestDatabase;
  const items = new WorkItemRepository();

  beforeAll(async () => {
    db = await createTestDatabase({ fixtures: true });
  });
  afterAll(async () => {
    await db.drop();
  });

  const stored = async (id: number) => (await items.findById(db.dataSource.manager, id))!;

  it('overwrites the row while it belongs to the institution, moving updated_at forward', async () => {
    const before = await stored(1);
    const { id: _id, updatedAt: _updated, ...fields } = toWorkItemFields(before);
    const saved = await items.overwriteOwned(db.dataSource.manager, 1, before.institution_id!, { ...fields, note: 'one statement' });
    expect(saved).toMatchObject({ id: 1, note: 'one statement', created_at: before.created_at });
    expect(saved!.updated_at > before.updated_at).toBe(true);
  });

  it('leaves the row alone and answers null when it belongs to another institution or does not exist', async () => {
    const before = await stored(1);
    const { id: _id, updatedAt: _updated, ...fields } = toWorkItemFields(before);
    expect(await items.overwriteOwned(db.dataSource.manager, 1, before.institution_id! + 1, { ...fields, note: 'foreign' })).toBeNull();
    expect(await items.overwriteOwned(db.dataSource.manager, 999_999, before.institution_id!, fields)).toBeNull();
    expect(await stored(1)).toEqual(before);
  });
});
