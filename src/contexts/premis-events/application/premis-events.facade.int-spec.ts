import { randomUUID } from 'node:crypto';
import { Test } from '@nestjs/testing';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { newFileDeletionEvent } from '../domain/deletion-event.js';
import { PremisEventWriter } from '../infrastructure/persistence/premis-event.writer.js';
import type { NewPremisEvent } from './premis-event.record.js';
import { PremisEventsFacade } from './premis-events.facade.js';

const event = (overrides: Partial<NewPremisEvent> = {}): NewPremisEvent => ({
  identifier: randomUUID(),
  eventType: 'ingestion',
  dateTime: '2024-01-02T03:04:05.123456Z',
  outcomeDetail: 'detail of the outcome',
  detail: 'detail',
  outcomeInformation: 'information',
  object: 'object',
  agent: 'agent',
  intellectualObjectId: 1,
  genericFileId: 1,
  outcome: 'Success',
  institutionId: 2,
  ...overrides,
});

describe(PremisEventsFacade.name, () => {
  let db: TestDatabase;
  let events: PremisEventsFacade;

  beforeAll(async () => {
    db = await createTestDatabase({ fixtures: true });
    const moduleRef = await Test.createTestingModule({ providers: [PremisEventsFacade, PremisEventWriter] }).compile();
    events = moduleRef.get(PremisEventsFacade);
  });
  afterAll(async () => {
    await db.drop();
  });

  it('inserts any number of events with one statement, answering the rows in the order given', async () => {
    const batch = Array.from({ length: 250 }, (_, i) => event({ genericFileId: (i % 7) + 1, detail: `event ${i}` }));
    const spy = jest.spyOn(db.dataSource.logger, 'logQuery');
    try {
      const rows = await db.dataSource.transaction((manager) => {
        spy.mockClear();
        return events.insertEvents(manager, batch);
      });
      expect(spy.mock.calls.filter(([sql]) => /INSERT INTO premis_events/.test(sql))).toHaveLength(1);
      expect(rows.map((row) => row.detail)).toEqual(batch.map((e) => e.detail));
      expect(rows.map((row) => row.identifier)).toEqual(batch.map((e) => e.identifier));
      expect(new Set(rows.map((row) => row.id)).size).toBe(250);
    } finally {
      spy.mockRestore();
    }
  });

  it('writes NULL for what the event lacks, keeps microseconds and a given created_at, and stamps the rest with the time of the insert', async () => {
    const objectLevel = event({ genericFileId: null, oldUuid: null, createdAt: '2020-01-01T00:00:00.000001Z', dateTime: '2024-01-02T03:04:05.999999Z' });
    const [row] = await db.dataSource.transaction((manager) => events.insertEvents(manager, [objectLevel]));
    expect(row).toMatchObject({ generic_file_id: null, old_uuid: null, created_at: '2020-01-01T00:00:00.000001Z', date_time: '2024-01-02T03:04:05.999999Z' });
    expect(row.updated_at > '2024').toBe(true);
    const [stamped] = await db.dataSource.transaction((manager) => events.insertEvents(manager, [event()]));
    expect(stamped.created_at).toBe(stamped.updated_at);
  });

  it("writes in the caller's transaction: a rollback leaves nothing", async () => {
    const identifier = randomUUID();
    await expect(
      db.dataSource.transaction(async (manager) => {
        await events.insertEvents(manager, [event({ identifier })]);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await db.dataSource.query('SELECT id FROM premis_events WHERE identifier = $1', [identifier])).toEqual([]);
  });

  it('inserts a generated deletion event as it is built', async () => {
    const deletion = newFileDeletionEvent(
      { id: 5, institutionId: 2, intellectualObjectId: 2 },
      { requesterEmail: 'user@inst1.edu', approverEmail: 'admin@inst1.edu', newUuid: randomUUID, now: '2024-02-03T04:05:06.5Z' },
    );
    const [row] = await db.dataSource.transaction((manager) => events.insertEvents(manager, [deletion]));
    expect(row).toMatchObject({ event_type: 'deletion', generic_file_id: 5, institution_id: 2, intellectual_object_id: 2, outcome: 'Success', date_time: '2024-02-03T04:05:06.5Z' });
  });

  it('does nothing for no events', async () => {
    expect(await db.dataSource.transaction((manager) => events.insertEvents(manager, []))).toEqual([]);
  });
});
