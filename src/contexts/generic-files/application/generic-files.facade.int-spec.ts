import { randomUUID } from 'node:crypto';
import { Test } from '@nestjs/testing';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { NotFoundError } from '../../../shared/errors/domain-error.js';
import { PremisEventsFacade, type NewPremisEvent } from '../../premis-events/index.js';
import { PremisEventWriter } from '../../premis-events/infrastructure/persistence/premis-event.writer.js';
import { GenericFileRepository } from '../infrastructure/persistence/generic-file.repository.js';
import { StorageRecordRepository } from '../infrastructure/persistence/storage-record.repository.js';
import { GenericFilesFacade } from './generic-files.facade.js';

describe(GenericFilesFacade.name, () => {
  let db: TestDatabase;
  let files: GenericFilesFacade;
  let events: PremisEventsFacade;
  const query = <T = any>(sql: string, params: unknown[] = []): Promise<T[]> => db.dataSource.query(sql, params);

  beforeAll(async () => {
    db = await createTestDatabase({ fixtures: true });
    const moduleRef = await Test.createTestingModule({
      providers: [GenericFilesFacade, GenericFileRepository, StorageRecordRepository, PremisEventsFacade, PremisEventWriter],
    }).compile();
    files = moduleRef.get(GenericFilesFacade);
    events = moduleRef.get(PremisEventsFacade);
  });
  afterAll(async () => {
    await db.drop();
  });

  describe('findFileForUpdate', () => {
    it('reads the row and keeps it locked until the transaction ends', async () => {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let locked!: () => void;
      const isLocked = new Promise<void>((resolve) => (locked = resolve));
      const holder = db.dataSource.transaction(async (manager) => {
        const row = await files.findFileForUpdate(manager, 1);
        expect(row).toMatchObject({ id: 1, identifier: 'institution1.edu/photos/picture1', institution_id: 2, state: 'A', size: 243855000 });
        locked();
        await held;
      });
      await isLocked;
      await expect(
        db.dataSource.transaction((manager) => manager.query('SELECT id FROM generic_files WHERE id = 1 FOR UPDATE NOWAIT')),
      ).rejects.toThrow(/could not obtain lock/);
      release();
      await holder;
      await db.dataSource.transaction((manager) => manager.query('SELECT id FROM generic_files WHERE id = 1 FOR UPDATE NOWAIT'));
    });

    it('answers null for a file that does not exist', async () => {
      expect(await db.dataSource.transaction((manager) => files.findFileForUpdate(manager, 99999))).toBeNull();
    });
  });

  describe('markFileDeleted', () => {
    it('sets state D and a new updated_at, and hard-deletes the storage records of that file only', async () => {
      const [before] = await query(`SELECT updated_at::text FROM generic_files WHERE id = 7`);
      const othersBefore = (await query(`SELECT count(*)::int AS n FROM storage_records WHERE generic_file_id <> 7`))[0].n;
      const deleted = await db.dataSource.transaction(async (manager) => {
        await files.findFileForUpdate(manager, 7);
        return files.markFileDeleted(manager, 7);
      });
      expect(deleted).toMatchObject({ id: 7, state: 'D', storage_option: 'Standard' });
      const [after] = await query(`SELECT state, updated_at::text FROM generic_files WHERE id = 7`);
      expect(after.state).toBe('D');
      expect(after.updated_at > before.updated_at).toBe(true);
      expect(await query(`SELECT id FROM storage_records WHERE generic_file_id = 7`)).toEqual([]);
      expect((await query(`SELECT count(*)::int AS n FROM storage_records WHERE generic_file_id <> 7`))[0].n).toBe(othersBefore);
    });

    it("writes in the caller's transaction: a rollback keeps the file and its records", async () => {
      await expect(
        db.dataSource.transaction(async (manager) => {
          await files.markFileDeleted(manager, 8);
          throw new Error('roll back');
        }),
      ).rejects.toThrow('roll back');
      expect((await query(`SELECT state FROM generic_files WHERE id = 8`))[0].state).toBe('A');
      expect(await query(`SELECT id FROM storage_records WHERE generic_file_id = 8`)).toHaveLength(2);
    });

    it('throws NotFoundError for a file that does not exist', async () => {
      await expect(db.dataSource.transaction((manager) => files.markFileDeleted(manager, 99999))).rejects.toBeInstanceOf(NotFoundError);
    });
  });

  describe('fileWriteFor', () => {
    const fixityCheck = (genericFileId: number, overrides: Partial<NewPremisEvent> = {}): NewPremisEvent => ({
      identifier: randomUUID(), eventType: 'fixity check', dateTime: '2024-03-04T05:06:07.654321Z', outcomeDetail: 'sha256:abc',
      detail: 'Fixity check', outcomeInformation: 'Fixity matches', object: 'Go crypto/sha256', agent: 'https://golang.org/pkg/crypto/sha256/',
      intellectualObjectId: 1, genericFileId, outcome: 'Success', institutionId: 2, ...overrides,
    });
    const record = (event: NewPremisEvent) => events.insertEventWithFileWrite(db.dataSource.manager, event, files.fileWriteFor(event)!);

    it("sets a file's last_fixity_check from a fixity check event, whatever its outcome, in the event's statement", async () => {
      const event = fixityCheck(9, { outcome: 'Failure' });
      const saved = await record(event);
      expect(saved).toMatchObject({ identifier: event.identifier, generic_file_id: 9, outcome: 'Failure' });
      expect((await query(`SELECT last_fixity_check::text FROM generic_files WHERE id = 9`))[0].last_fixity_check).toBe('2024-03-04 05:06:07.654321');
    });

    it('has no write for other event types and object-level events', () => {
      expect(files.fileWriteFor({ eventType: 'ingestion', genericFileId: 12, dateTime: '2024-03-04T05:06:07Z' })).toBeNull();
      expect(files.fileWriteFor({ eventType: 'fixity check', genericFileId: null, dateTime: '2024-03-04T05:06:07Z' })).toBeNull();
    });

    it('writes neither the event nor anything else for a fixity check of a file that does not exist', async () => {
      const event = fixityCheck(99999);
      await expect(record(event)).resolves.toBeNull();
      expect(await query(`SELECT id FROM premis_events WHERE identifier = $1`, [event.identifier])).toEqual([]);
    });
  });
});
