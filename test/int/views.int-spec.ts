import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/** The list views and constraints, read against the reference fixtures. */
describe('list views and constraints', () => {
  let db: TestDatabase;
  const one = async <T>(sql: string, params: unknown[] = []): Promise<T> => (await db.dataSource.query(sql, params))[0] as T;

  beforeAll(async () => {
    db = await createTestDatabase({ fixtures: true });
  });
  afterAll(async () => {
    await db.drop();
  });

  describe('intellectual_objects_view', () => {
    it.each([
      [1, 3, 1_657_065_000, 0, null],
      [6, 24, 219_503_055_000, 0, null],
      [7, 3, 45_182, 2, 44_443],
      [8, 4, 44_923, 2, 44_443],
      [14, 0, null, 0, null],
    ])('object %i counts its active files (%i), their size and its payload', async (id, fileCount, size, payloadCount, payloadSize) => {
      const row = await one<Record<string, unknown>>(
        'SELECT file_count, size, payload_file_count, payload_size FROM intellectual_objects_view WHERE id = $1',
        [id],
      );
      expect(row).toEqual({ file_count: fileCount, size, payload_file_count: payloadCount, payload_size: payloadSize });
    });

    it('adds the institution columns', async () => {
      const row = await one('SELECT institution_name, institution_identifier, institution_type, institution_parent_id FROM intellectual_objects_view WHERE id = 4');
      expect(row).toEqual({ institution_name: 'Institution Two', institution_identifier: 'institution2.edu', institution_type: 'MemberInstitution', institution_parent_id: null });
    });
  });

  it("generic_files_view carries each algorithm's newest digest and the object's identifier", async () => {
    const row = await one('SELECT object_identifier, md5, sha1, sha256, sha512, institution_identifier FROM generic_files_view WHERE id = 1');
    expect(row).toEqual({ object_identifier: 'institution1.edu/photos', md5: '12345678', sha1: null, sha256: '9876543210', sha512: null, institution_identifier: 'institution1.edu' });
    const file21 = await one<{ sha512: string }>('SELECT sha512 FROM generic_files_view WHERE id = 21');
    expect(file21.sha512).toMatch(/^c951077d/);
  });

  it('deletion_requests_view names the canceller, not the confirmer, as cancelled_by', async () => {
    const rows = await db.dataSource.query(
      'SELECT id, confirmed_by_name, cancelled_by_name, cancelled_by_email, file_count, object_count FROM deletion_requests_view ORDER BY id',
    );
    expect(rows).toEqual([
      { id: 1, confirmed_by_name: null, cancelled_by_name: null, cancelled_by_email: null, file_count: 3, object_count: 0 },
      { id: 2, confirmed_by_name: 'Inst One Admin', cancelled_by_name: null, cancelled_by_email: null, file_count: 0, object_count: 1 },
      { id: 3, confirmed_by_name: null, cancelled_by_name: 'Inst One Admin', cancelled_by_email: 'admin@inst1.edu', file_count: 0, object_count: 1 },
    ]);
  });

  it('alerts_view has one row per alert and recipient, and one for an alert without recipients', async () => {
    expect((await one<{ n: number }>('SELECT count(*)::int AS n FROM alerts_view')).n).toBe(15);
    const unsent = await one('SELECT user_id, user_email, sent_at, read_at FROM alerts_view WHERE id = 6');
    expect(unsent).toEqual({ user_id: null, user_email: null, sent_at: null, read_at: null });
    const read = await one('SELECT user_email, sent_at, read_at FROM alerts_view WHERE id = 1 AND user_id = 2');
    expect(read).toEqual({ user_email: 'admin@inst1.edu', sent_at: '2021-05-13T14:30:26Z', read_at: '2021-05-13T14:30:26Z' });
  });

  it('work_items_view adds the object and file identifiers', async () => {
    const row = await one('SELECT object_identifier, generic_file_identifier, storage_option, institution_identifier FROM work_items_view WHERE id = 33');
    expect(row).toMatchObject({ object_identifier: 'institution2.edu/toads', storage_option: 'Standard', institution_identifier: 'institution2.edu' });
    expect((row as { generic_file_identifier: string }).generic_file_identifier).toMatch(/^institution2\.edu\/toads\//);
  });

  it('premis_events_view, checksums_view, institutions_view and users_view add their joined columns', async () => {
    expect(await one('SELECT intellectual_object_identifier, institution_name FROM premis_events_view WHERE id = 54')).toEqual({
      intellectual_object_identifier: 'institution2.edu/toads',
      institution_name: 'Institution Two',
    });
    expect(await one('SELECT generic_file_identifier, state, institution_id FROM checksums_view WHERE id = 1')).toEqual({
      generic_file_identifier: 'institution1.edu/photos/picture1',
      state: 'A',
      institution_id: 2,
    });
    expect(await one('SELECT parent_id, parent_name FROM institutions_view WHERE id = 2')).toEqual({ parent_id: null, parent_name: null });
    expect(await one('SELECT institution_identifier, otp_enabled, receiving_bucket FROM users_view WHERE id = 5')).toEqual({
      institution_identifier: 'institution2.edu',
      otp_enabled: null,
      receiving_bucket: 'aptrust.receiving.test.institution2.edu',
    });
  });

  describe('constraints', () => {
    it.each([
      ['a duplicate object identifier', `INSERT INTO intellectual_objects (identifier, institution_id, created_at, updated_at) VALUES ('institution1.edu/photos', 2, now(), now())`, 'index_intellectual_objects_on_identifier'],
      ['a duplicate file uuid', `INSERT INTO generic_files (identifier, institution_id, uuid, created_at, updated_at) VALUES ('x/y', 2, '25452f41-1b18-47b7-b334-751dfd5d011e', now(), now())`, 'index_generic_files_on_uuid'],
      ['a duplicate user email', `INSERT INTO users (email, institution_id, created_at, updated_at) VALUES ('admin@inst1.edu', 2, now(), now())`, 'index_users_on_email'],
      ['a checksum of a missing file', `INSERT INTO checksums (algorithm, digest, generic_file_id, created_at, updated_at) VALUES ('md5', 'x', 99999, now(), now())`, 'fk_rails_89bb0866e7'],
      ['a user of a missing institution', `INSERT INTO users (email, institution_id, created_at, updated_at) VALUES ('new@x.edu', 99999, now(), now())`, 'fk_rails_7fcf39ca13'],
      ['an alert without content', `INSERT INTO alerts (institution_id, type, subject, created_at) VALUES (2, 'Welcome New User', 's', now())`, 'content'],
      ['an institution without a receiving bucket', `INSERT INTO institutions (name, identifier, created_at, updated_at, restore_bucket) VALUES ('Nine', 'nine.edu', now(), now(), 'r')`, 'receiving_bucket'],
      ['a second recipient row for the same alert and user', `INSERT INTO alerts_users (alert_id, user_id) VALUES (1, 1)`, 'index_alerts_users_unique'],
    ])('refuse %s', async (_what, sql, reason) => {
      await expect(db.dataSource.query(sql)).rejects.toThrow(reason);
    });
  });
});
