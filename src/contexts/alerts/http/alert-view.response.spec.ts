import type { AlertViewRow } from '../application/alert.read-model.js';
import { toAlertViewResponse } from './alert-view.response.js';

describe(toAlertViewResponse.name, () => {
  const row: AlertViewRow = {
    id: 6,
    institution_id: 2,
    institution_name: 'Institution One',
    institution_identifier: 'institution1.edu',
    type: 'Deletion Cancelled',
    subject: 'Deletion Cancelled',
    content: 'admin@inst1.edu cancelled deletion.',
    deletion_request_id: null,
    created_at: '2021-05-13T14:30:30.5Z',
    user_id: null,
    user_name: null,
    user_email: null,
    sent_at: null,
    read_at: null,
  };

  it('writes zero values for the NULL columns of an alert without recipients, in AlertView key order', () => {
    const response = toAlertViewResponse(row);
    expect(Object.keys(response)).toEqual([
      'id', 'institution_id', 'institution_name', 'institution_identifier', 'type', 'subject', 'content', 'deletion_request_id',
      'created_at', 'user_id', 'user_name', 'user_email', 'sent_at', 'read_at',
    ]);
    expect(response).toMatchObject({
      deletion_request_id: 0,
      created_at: '2021-05-13T14:30:30.5Z',
      user_id: 0,
      user_name: '',
      user_email: '',
      sent_at: '0001-01-01T00:00:00Z',
      read_at: '0001-01-01T00:00:00Z',
    });
  });
});
