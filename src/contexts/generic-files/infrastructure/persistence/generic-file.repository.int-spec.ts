import { createTestDatabase, type TestDatabase } from '../../../../../test/support/test-database.js';
import type { GenericFileRow } from '../../application/generic-file.read-model.js';
import type { GenericFileWrite } from '../../application/generic-file.record.js';
import { ALL_INSTITUTIONS } from '../../../../shared/access/institution-scope.js';
import { GenericFileReadQueries } from './generic-file.read-queries.js';
import { GenericFileRepository } from './generic-file.repository.js';

const writeOf = (row: GenericFileRow, changes: Partial<GenericFileWrite> = {}): GenericFileWrite => ({
  fileFormat: row.file_format,
  size: row.size,
  identifier: row.identifier,
  intellectualObjectId: row.intellectual_object_id,
  state: row.state,
  institutionId: row.institution_id,
  storageOption: row.storage_option,
  uuid: row.uuid,
  lastFixityCheck: null,
  modTime: row.mod_time,
  createdAt: null,
  ...changes,
});

describe(`${GenericFileRepository.name}.updateVersion`, () => {
  let db: TestDatabase;
  const files = new GenericFileRepository();

  beforeAll(async () => {
    db = await createTestDatabase({ fixtures: true });
  });
  afterAll(async () => {
    await db.drop();
  });

  it('updates the row it was read at, and leaves a row that changed since then alone', async () => {
    const read = (await files.findVersioned(db.dataSource.manager, 3))!;
    expect(read.row.id).toBe(3);
    const saved = await files.updateVersion(db.dataSource.manager, 3, read.version, writeOf(read.row, { size: 11 }));
    expect(saved).toMatchObject({ id: 3, size: 11 });

    // `read.version` is now out of date: the first update made a new row version.
    expect(await files.updateVersion(db.dataSource.manager, 3, read.version, writeOf(read.row, { size: 12 }))).toBeNull();
    expect((await files.findById(db.dataSource.manager, 3))!.size).toBe(11);

    const current = (await files.findVersioned(db.dataSource.manager, 3))!;
    expect(current.version).not.toBe(read.version);
    expect(await files.updateVersion(db.dataSource.manager, 3, current.version, writeOf(current.row, { size: 12 }))).toMatchObject({ size: 12 });
  });

  it('answers the file as written with its relations, as the full-file read does', async () => {
    const read = (await files.findVersioned(db.dataSource.manager, 1))!;
    const saved = await files.updateVersion(db.dataSource.manager, 1, read.version, writeOf(read.row, { fileFormat: 'image/tiff' }));
    const [reread] = await new GenericFileReadQueries(db.dataSource).findFullFiles(ALL_INSTITUTIONS, [1]);
    expect(saved).toEqual(reread);
    expect(saved).toMatchObject({ file_format: 'image/tiff' });
    expect(saved!.checksums.length).toBeGreaterThan(0);
    expect(saved!.premis_events.length).toBeGreaterThan(0);
    expect(saved!.checksums[0]!.datetime).toMatch(/Z$/);
  });

  it('answers null for a file that does not exist', async () => {
    expect(await files.findVersioned(db.dataSource.manager, 999_999)).toBeNull();
  });
});
