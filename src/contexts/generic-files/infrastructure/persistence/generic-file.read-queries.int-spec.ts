import { createTestDatabase, type TestDatabase } from '../../../../../test/support/test-database.js';
import { ALL_INSTITUTIONS, onlyInstitution } from '../../../../shared/access/institution-scope.js';
import { GenericFileReadQueries } from './generic-file.read-queries.js';

describe('GenericFileReadQueries.findFullFiles', () => {
  let db: TestDatabase;
  let reads: GenericFileReadQueries;

  beforeAll(async () => {
    db = await createTestDatabase({ fixtures: true });
    reads = new GenericFileReadQueries(db.dataSource);
  });
  afterAll(async () => {
    await db.drop();
  });

  async function countQueries<T>(run: () => Promise<T>): Promise<{ result: T; queries: number }> {
    const spy = jest.spyOn(db.dataSource.logger, 'logQuery');
    try {
      const result = await run();
      return { result, queries: spy.mock.calls.length };
    } finally {
      spy.mockRestore();
    }
  }

  it('expands a whole page of ids with one query, in the order of the ids', async () => {
    const ids = [14, 1, 50, 99999, 21, 10];
    const { result, queries } = await countQueries(() => reads.findFullFiles(ALL_INSTITUTIONS, ids));
    expect(queries).toBe(1);
    expect(result.map((f) => f.id)).toEqual([14, 1, 50, 21, 10]);
    const byId = new Map(result.map((f) => [f.id, f]));
    expect(byId.get(1)!.premis_events.map((e) => e.id)).toEqual([31, 22, 13, 4]);
    expect(byId.get(1)!.checksums.map((c) => c.id)).toEqual([2, 1]);
    expect(byId.get(1)!.storage_records.map((s) => s.id)).toEqual([1, 2]);
    expect(byId.get(14)!.premis_events.map((e) => e.id)).toEqual([19, 1]);
    expect(byId.get(21)!.checksums.map((c) => c.id)).toEqual([6, 5, 4, 3]);
    expect(byId.get(50)!).toMatchObject({ premis_events: [], checksums: [], storage_records: [{ id: 77, generic_file_id: 50 }] });
    expect(byId.get(14)!.size).toBe(443_737_370_000);
  });

  it('reads nothing for no ids', async () => {
    const { result, queries } = await countQueries(() => reads.findFullFiles(ALL_INSTITUTIONS, []));
    expect(result).toEqual([]);
    expect(queries).toBe(0);
  });

  it('leaves out the files of other institutions', async () => {
    const result = await reads.findFullFiles(onlyInstitution(2), [1, 11, 49, 21]);
    expect(result.map((f) => f.id)).toEqual([1, 49]);
    expect(result[1].checksums.map((c) => c.id)).toEqual([32, 31]);
  });

  it('keeps microseconds of file, event and checksum timestamps', async () => {
    await db.dataSource.query(`UPDATE generic_files SET mod_time = '2021-05-06 07:08:09.123456', updated_at = '2021-05-06 07:08:09.000001' WHERE id = 2`);
    await db.dataSource.query(`UPDATE premis_events SET date_time = '2016-08-26 18:53:32.654321' WHERE id = 27`);
    await db.dataSource.query(`INSERT INTO checksums (algorithm, datetime, digest, generic_file_id, created_at, updated_at)
      VALUES ('md5', '2022-01-01 00:00:00.5', 'abc', 2, '2022-01-01 00:00:01.000002', '2022-01-01 00:00:01.000002')`);
    const [file] = await reads.findFullFiles(ALL_INSTITUTIONS, [2]);
    expect(file.mod_time).toBe('2021-05-06T07:08:09.123456Z');
    expect(file.updated_at).toBe('2021-05-06T07:08:09.000001Z');
    expect(file.premis_events[0]).toMatchObject({ id: 27, date_time: '2016-08-26T18:53:32.654321Z' });
    expect(file.checksums[0]).toMatchObject({ digest: 'abc', datetime: '2022-01-01T00:00:00.5Z', created_at: '2022-01-01T00:00:01.000002Z' });
  });
});
