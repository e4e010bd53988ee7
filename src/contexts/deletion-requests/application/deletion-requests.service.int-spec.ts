import { emailSentWithoutDelivery } from '../../../../test/support/outbox.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import type { Actor } from '../../../shared/access/actor.js';
import { DomainError } from '../../../shared/errors/domain-error.js';
import { ValidationFailedError } from '../../../shared/errors/validation-failed.error.js';
import { DeletionRequestsService } from './deletion-requests.service.js';

const instAdmin: Actor = { userId: 2, email: 'admin@inst1.edu', name: 'Inst One Admin', role: 'institutional_admin', institutionId: 2, authMethod: 'session' };
const FIXTURE_TOKEN = 'ConfirmationToken';

describe(DeletionRequestsService.name, () => {
  let t: TestApp;
  let service: DeletionRequestsService;
  const q = (sql: string, params: unknown[] = []) => t.db.dataSource.query(sql, params);
  const create = (input: { requestedById: number; objectIds?: number[]; fileIds?: number[] }) =>
    t.db.dataSource.transaction((manager) => service.create(manager, { institutionId: 2, objectIds: [], fileIds: [], ...input }));
  const itemsOf = (requestId: number) => q('SELECT * FROM work_items WHERE deletion_request_id = $1 ORDER BY id', [requestId]);
  const alertsOf = async (requestId: number, type: string) =>
    q(`SELECT a.*, array(SELECT user_id FROM alerts_users u WHERE u.alert_id = a.id ORDER BY 1) AS recipients,
              array(SELECT work_item_id FROM alerts_work_items w WHERE w.alert_id = a.id ORDER BY 1) AS work_items
       FROM alerts a WHERE deletion_request_id = $1 AND type = $2`, [requestId, type]);

  beforeAll(async () => {
    t = await createTestApp();
    service = t.app.get(DeletionRequestsService);
  });
  afterAll(async () => {
    await t.close();
  });

  describe('create', () => {
    it('stores only the hash of the token, attaches the items and alerts the admins without the token in the stored content', async () => {
      const { request, token } = await create({ requestedById: 3, objectIds: [1] });
      expect(token).toMatch(/^[0-9a-f]{32}$/);
      expect(request.encrypted_confirmation_token.startsWith('$2a$10$')).toBe(true);
      expect(request.encrypted_confirmation_token).not.toContain(token);
      expect(await q('SELECT intellectual_object_id FROM deletion_requests_intellectual_objects WHERE deletion_request_id = $1', [request.id])).toEqual([
        { intellectual_object_id: 1 },
      ]);
      const [alert] = await alertsOf(request.id, 'Deletion Requested');
      expect(alert.recipients).toEqual([2]);
      expect(alert.content).toContain(`/deletions/review/${request.id}`);
      expect(alert.content).not.toContain(token);
      // Only the email carries the token; it goes out once the request commits.
      await emailSentWithoutDelivery(t, (m) => m.to === 'admin@inst1.edu' && m.text.includes(`/deletions/review/${request.id}?token=${token}`));
    });

    it('refuses items of another institution and writes nothing', async () => {
      const before = (await q('SELECT count(*)::int AS n FROM deletion_requests'))[0].n;
      const error = await create({ requestedById: 3, objectIds: [4] }).catch((e) => e);
      expect(error).toBeInstanceOf(ValidationFailedError);
      expect(error.message).toBe('IntellectualObjects: User cannot delete files or objects belonging to other institutions.');
      expect((await q('SELECT count(*)::int AS n FROM deletion_requests'))[0].n).toBe(before);
    });
  });

  describe('approve', () => {
    it('refuses a wrong token and changes nothing', async () => {
      const error = await service.approve(instAdmin, 1, 'not-the-token').catch((e) => e);
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ kind: 'invalid', message: 'invalid token' });
      expect((await q('SELECT confirmed_by_id FROM deletion_requests WHERE id = 1'))[0].confirmed_by_id).toBeNull();
    });

    it('confirms a file request: one queued Delete item per file, and a Deletion Confirmed alert', async () => {
      const detail = await service.approve(instAdmin, 1, FIXTURE_TOKEN);
      expect(detail.request).toMatchObject({ id: 1, confirmed_by_id: 2 });
      expect(detail.request.confirmed_at).not.toBeNull();
      const items = await itemsOf(1);
      expect(detail.workItems.map((i) => i.id)).toEqual(items.map((i: { id: number }) => i.id));
      expect(items.map((i: { generic_file_id: number }) => i.generic_file_id)).toEqual([7, 8, 9]);
      const sizes = await q('SELECT id, size FROM generic_files WHERE id IN (7, 8, 9) ORDER BY id');
      for (const [i, item] of items.entries()) {
        expect(item).toMatchObject({
          action: 'Delete', stage: 'Requested', status: 'Pending', retry: true, user: 'user@inst1.edu', inst_approver: 'admin@inst1.edu',
          deletion_request_id: 1, intellectual_object_id: 3, institution_id: 2, size: sizes[i].size,
        });
        expect(item.queued_at).not.toBeNull();
      }
      const queued = await q(`SELECT body FROM queue_outbox WHERE topic = 'delete_item' ORDER BY id`);
      expect(queued.map((m: { body: string }) => m.body)).toEqual(expect.arrayContaining(items.map((i: { id: number }) => String(i.id))));
      const [alert] = await alertsOf(1, 'Deletion Confirmed');
      expect(alert.recipients).toEqual([2]);
      expect(alert.work_items).toEqual(items.map((i: { id: number }) => i.id));
      expect(alert.content).toContain('/deletions/show/1');
      expect(alert.content).toContain(`/work_items/show/${items[0].id}`);
    });

    it('refuses a second decision on an approved request (409)', async () => {
      for (const decide of [() => service.approve(instAdmin, 1, FIXTURE_TOKEN), () => service.cancel(instAdmin, 1, FIXTURE_TOKEN)]) {
        const error = await decide().catch((e) => e);
        expect(error).toMatchObject({ kind: 'conflict', message: 'this request has already been approved' });
      }
      expect(await itemsOf(1)).toHaveLength(3);
    });

    it('lets the only active admin approve their own request, but not when a second admin exists', async () => {
      const own = await create({ requestedById: 2, objectIds: [1] });
      await q(`INSERT INTO users (name, email, institution_id, role, created_at, updated_at) VALUES ('Second Admin', 'second@inst1.edu', 2, 'institutional_admin', now(), now())`);
      const error = await service.approve(instAdmin, own.request.id, own.token).catch((e) => e);
      expect(error).toBeInstanceOf(ValidationFailedError);
      expect(error.message).toBe('ConfirmedByID: Admin cannot confirm deletion they requested. This must be approved by a second admin.');
      expect(await itemsOf(own.request.id)).toHaveLength(0);
      expect((await q('SELECT confirmed_by_id FROM deletion_requests WHERE id = $1', [own.request.id]))[0].confirmed_by_id).toBeNull();

      await q(`UPDATE users SET deactivated_at = now() WHERE email = 'second@inst1.edu'`);
      const detail = await service.approve(instAdmin, own.request.id, own.token);
      const [item] = await itemsOf(own.request.id);
      expect(item).toMatchObject({ action: 'Delete', intellectual_object_id: 1, generic_file_id: null, name: 'photos.tar', user: 'admin@inst1.edu' });
      expect(detail.objects.map((o) => o.id)).toEqual([1]);
    });

    it('refuses an approver who is not an institutional admin', async () => {
      const { request, token } = await create({ requestedById: 2, objectIds: [2] });
      const instUser: Actor = { ...instAdmin, userId: 3, email: 'user@inst1.edu', role: 'institutional_user' };
      const error = await service.approve(instUser, request.id, token).catch((e) => e);
      expect(error.message).toBe('ConfirmedByID: Deletion confirmer/canceller must be institutional admin.');
      expect(await itemsOf(request.id)).toHaveLength(0);
    });

    it('refuses approval once the requester has been deactivated', async () => {
      await q(`INSERT INTO users (name, email, institution_id, role, created_at, updated_at) VALUES ('Leaver', 'leaver@inst1.edu', 2, 'institutional_user', now(), now())`);
      const [{ id }] = await q(`SELECT id FROM users WHERE email = 'leaver@inst1.edu'`);
      const { request, token } = await create({ requestedById: id, objectIds: [2] });
      await q('UPDATE users SET deactivated_at = now() WHERE id = $1', [id]);
      const error = await service.approve(instAdmin, request.id, token).catch((e) => e);
      expect(error.message).toBe('RequestedByID: User has been deactivated.');
    });
  });

  describe('cancel', () => {
    it('marks the request cancelled, creates no work item and alerts the admins', async () => {
      const { request, token } = await create({ requestedById: 3, fileIds: [1] });
      const detail = await service.cancel(instAdmin, request.id, token);
      expect(detail.request.cancelled_by_id).toBe(2);
      expect(detail.cancelledBy?.email).toBe('admin@inst1.edu');
      expect(await itemsOf(request.id)).toHaveLength(0);
      const [alert] = await alertsOf(request.id, 'Deletion Cancelled');
      expect(alert.recipients).toEqual([2]);
      expect(alert.content).toContain(`/deletions/show/${request.id}`);

      const again = await service.approve(instAdmin, request.id, token).catch((e) => e);
      expect(again).toMatchObject({ kind: 'conflict', message: 'this request has already been cancelled' });
    });

    it('answers not found for an unknown request', async () => {
      expect(await service.cancel(instAdmin, 9999, FIXTURE_TOKEN).catch((e) => e)).toMatchObject({ kind: 'not_found' });
    });
  });

  describe('requestObjectDeletion / requestFileDeletion', () => {
    it('creates a request for one object, by the caller, for its institution', async () => {
      const { request, token } = await service.requestObjectDeletion(instAdmin, 9);
      expect(request).toMatchObject({ institution_id: 2, requested_by_id: 2 });
      expect(token).toMatch(/^[0-9a-f]{32}$/);
      expect((await alertsOf(request.id, 'Deletion Requested'))).toHaveLength(1);
    });

    it('refuses an object with pending work on its bag, even without its id (a re-ingest)', async () => {
      // Work item 32 (glass.tar, institution 2) is a pending restoration; it names object 1, but its bag is object 3's.
      const error = await service.requestObjectDeletion(instAdmin, 3).catch((e) => e);
      expect(error).toMatchObject({ kind: 'conflict', message: 'task cannot be completed because this object has pending work items' });
    });

    it('refuses a deleted object and one inside its retention period', async () => {
      await q(`UPDATE intellectual_objects SET state = 'D' WHERE id = 11`);
      expect(await service.requestObjectDeletion(instAdmin, 11).catch((e) => e)).toMatchObject({ kind: 'conflict', message: 'Object is already in deleted state' });
      await q(`UPDATE intellectual_objects SET created_at = now() WHERE id = 10`);
      expect(await service.requestObjectDeletion(instAdmin, 10).catch((e) => e)).toMatchObject({ message: 'Object has not passed minimum retention period' });
    });

    it('refuses a file whose object has pending work, and requests one whose object has none', async () => {
      // File 49 belongs to object 3 (glass.tar), which has pending work.
      const before = (await q('SELECT count(*)::int AS n FROM deletion_requests'))[0].n;
      expect(await service.requestFileDeletion(instAdmin, 49).catch((e) => e)).toMatchObject({ kind: 'conflict' });
      expect((await q('SELECT count(*)::int AS n FROM deletion_requests'))[0].n).toBe(before);
      const { request } = await service.requestFileDeletion(instAdmin, 5);
      expect(await q('SELECT generic_file_id FROM deletion_requests_generic_files WHERE deletion_request_id = $1', [request.id])).toEqual([{ generic_file_id: 5 }]);
    });

    it('answers not found for unknown records', async () => {
      expect(await service.requestObjectDeletion(instAdmin, 9999).catch((e) => e)).toMatchObject({ kind: 'not_found' });
      expect(await service.requestFileDeletion(instAdmin, 9999).catch((e) => e)).toMatchObject({ kind: 'not_found' });
    });
  });
});

