import { AlertViewResponse } from '../../src/contexts/alerts/http/alert-view.response.js';
import { alertListSpec } from '../../src/contexts/alerts/application/alert.list-spec.js';
import { deletionRequestListSpec } from '../../src/contexts/deletion-requests/application/deletion-request.list-spec.js';
import { DeletionRequestViewResponse } from '../../src/contexts/deletion-requests/http/deletion-request-view.response.js';
import { checksumListSpec } from '../../src/contexts/generic-files/application/checksum.list-spec.js';
import { genericFileListSpec } from '../../src/contexts/generic-files/application/generic-file.list-spec.js';
import { storageRecordListSpec } from '../../src/contexts/generic-files/application/storage-record.list-spec.js';
import { ChecksumViewResponse } from '../../src/contexts/generic-files/http/checksum-view.response.js';
import { GenericFileViewResponse } from '../../src/contexts/generic-files/http/generic-file-view.response.js';
import { GenericFileResponse } from '../../src/contexts/generic-files/http/generic-file.response.js';
import { StorageRecordResponse } from '../../src/contexts/generic-files/http/storage-record.response.js';
import { userListSpec } from '../../src/contexts/identity/application/user.list-spec.js';
import { institutionListSpec } from '../../src/contexts/institutions/application/institution.list-spec.js';
import { InstitutionViewResponse } from '../../src/contexts/institutions/http/institution-view.response.js';
import { intellectualObjectListSpec } from '../../src/contexts/intellectual-objects/application/intellectual-object.list-spec.js';
import { IntellectualObjectViewResponse } from '../../src/contexts/intellectual-objects/http/intellectual-object-view.response.js';
import { premisEventListSpec } from '../../src/contexts/premis-events/application/premis-event.list-spec.js';
import { PremisEventViewResponse } from '../../src/contexts/premis-events/http/premis-event-view.response.js';
import { workItemListSpec } from '../../src/contexts/work-items/application/work-item.list-spec.js';
import { WorkItemViewResponse } from '../../src/contexts/work-items/http/work-item-view.response.js';
import type { ListSpec } from '../../src/shared/listing/index.js';

/** Where @nestjs/swagger keeps the names of a class's documented properties. */
const API_MODEL_PROPERTIES_ARRAY = 'swagger/apiModelPropertiesArray';

const jsonFields = (type: new () => object): string[] =>
  (Reflect.getMetadata(API_MODEL_PROPERTIES_ARRAY, type.prototype) as string[]).map((name) => name.replace(/^:/, ''));

/** The admin file list's nested relations, which are not columns of the list. */
const FILE_RELATIONS = ['premis_events', 'checksums', 'storage_records'];

/** The JSON fields of the reference's UserView (pgmodels/user_view.go), the result type of the web user list. */
const USER_VIEW_FIELDS = [
  'id', 'name', 'email', 'phone_number', 'created_at', 'updated_at', 'reset_password_sent_at', 'sign_in_count',
  'current_sign_in_at', 'last_sign_in_at', 'current_sign_in_ip', 'last_sign_in_ip', 'institution_id', 'password_changed_at',
  'otp_required_for_login', 'deactivated_at', 'enabled_two_factor', 'confirmed_two_factor', 'last_sign_in_with_authy',
  'authy_status', 'email_verified', 'initial_password_updated', 'force_password_update', 'grace_period', 'role',
  'institution_name', 'institution_identifier', 'institution_state', 'institution_type', 'member_institution_id',
  'member_institution_name', 'member_institution_identifier', 'member_institution_state', 'otp_enabled',
  'receiving_bucket', 'restore_bucket',
];

const LISTS: readonly [list: string, spec: ListSpec, resultFields: readonly string[]][] = [
  ['alerts', alertListSpec, jsonFields(AlertViewResponse)],
  ['checksums', checksumListSpec, jsonFields(ChecksumViewResponse)],
  ['deletions', deletionRequestListSpec, jsonFields(DeletionRequestViewResponse)],
  ['member files', genericFileListSpec, jsonFields(GenericFileViewResponse)],
  ['admin files', genericFileListSpec, jsonFields(GenericFileResponse).filter((field) => !FILE_RELATIONS.includes(field))],
  ['storage records', storageRecordListSpec, jsonFields(StorageRecordResponse)],
  ['institutions', institutionListSpec, jsonFields(InstitutionViewResponse)],
  ['objects', intellectualObjectListSpec, jsonFields(IntellectualObjectViewResponse)],
  ['events', premisEventListSpec, jsonFields(PremisEventViewResponse)],
  ['work items', workItemListSpec, jsonFields(WorkItemViewResponse)],
  ['web users', userListSpec, USER_VIEW_FIELDS],
];

describe('list specs: the sortable columns are the JSON fields of the result type (api.md §4.4)', () => {
  it.each(LISTS)('%s: every field of the result sorts', (_, spec, resultFields) => {
    expect(resultFields.length).toBeGreaterThan(2);
    expect(resultFields.filter((field) => !spec.sortableFields.includes(field))).toEqual([]);
  });

  it.each(LISTS)('%s: each sort reads the view column of the same name (mtime: mod_time)', (_, spec, resultFields) => {
    for (const field of resultFields) {
      const column = spec.fields.get(field)?.column;
      expect([field, column]).toEqual([field, expect.stringMatching(new RegExp(`^[a-z]+\\."?${field === 'mtime' ? 'mod_time' : field}"?$`))]);
    }
  });
});
