import { alertListSpec } from '../../src/contexts/alerts/application/alert.list-spec.js';
import { deletionRequestListSpec } from '../../src/contexts/deletion-requests/application/deletion-request.list-spec.js';
import { checksumListSpec } from '../../src/contexts/generic-files/application/checksum.list-spec.js';
import { genericFileListSpec } from '../../src/contexts/generic-files/application/generic-file.list-spec.js';
import { storageRecordListSpec } from '../../src/contexts/generic-files/application/storage-record.list-spec.js';
import { userListSpec } from '../../src/contexts/identity/application/user.list-spec.js';
import { institutionListSpec } from '../../src/contexts/institutions/application/institution.list-spec.js';
import { intellectualObjectListSpec } from '../../src/contexts/intellectual-objects/application/intellectual-object.list-spec.js';
import { premisEventListSpec } from '../../src/contexts/premis-events/application/premis-event.list-spec.js';
import { workItemListSpec } from '../../src/contexts/work-items/application/work-item.list-spec.js';
import { parseListQuery, runListQuery, type ListSpec } from '../../src/shared/listing/index.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/** Each list spec with the view (or table) and alias its read queries select from. */
const LISTS: readonly [source: string, alias: string, spec: ListSpec][] = [
  ['alerts_view', 'av', alertListSpec],
  ['checksums_view', 'cs', checksumListSpec],
  ['deletion_requests_view', 'dr', deletionRequestListSpec],
  ['generic_files_view', 'gf', genericFileListSpec],
  ['storage_records', 'sr', storageRecordListSpec],
  ['institutions_view', 'iv', institutionListSpec],
  ['intellectual_objects_view', 'io', intellectualObjectListSpec],
  ['premis_events_view', 'pe', premisEventListSpec],
  ['work_items_view', 'wi', workItemListSpec],
  ['users_view', 'uv', userListSpec],
];

describe('list specs against the migrated views', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ fixtures: true });
  });
  afterAll(async () => {
    await db.drop();
  });

  it.each(LISTS)('%s sorts by every sortable field, each ascending and descending', async (source, alias, spec) => {
    const sorts = spec.sortableFields.flatMap((field): [string, string][] => [['sort', `${field}__asc`], ['sort', `${field}__desc`]]);
    const qb = db.dataSource.createQueryBuilder().select(`${alias}.*`).from(source, alias);
    const page = await runListQuery(qb, parseListQuery(new URLSearchParams(sorts), spec), spec);
    expect(page.count).toBeGreaterThan(0);
    expect(page.items.length).toBeGreaterThan(0);
  });
});
