import {
  validateDeletionRequest,
  type DeletionRequestFacts,
  type DeletionRequestFields,
  type DeletionRequestUser,
} from './deletion-request.validation.js';

const requester: DeletionRequestUser = { id: 3, institutionId: 2, role: 'institutional_admin', deactivatedAt: null };
const secondAdmin: DeletionRequestUser = { id: 4, institutionId: 2, role: 'institutional_admin', deactivatedAt: null };

const request: DeletionRequestFields = {
  institutionId: 2,
  requestedById: 3,
  confirmedById: null,
  cancelledById: null,
  encryptedConfirmationToken: '$2a$10$abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOP',
};

const facts: DeletionRequestFacts = {
  requester,
  confirmer: null,
  canceller: null,
  activeInstitutionalAdminCount: 2,
  objectInstitutionIds: [2],
  fileInstitutionIds: [],
};

const messagesFor = (changes: Partial<DeletionRequestFields>, factChanges: Partial<DeletionRequestFacts> = {}) =>
  validateDeletionRequest({ ...request, ...changes }, { ...facts, ...factChanges }).map((e) => `${e.field}: ${e.message}`);

describe(validateDeletionRequest.name, () => {
  it('accepts a new request', () => {
    expect(messagesFor({})).toEqual([]);
  });

  it('requires an institution', () => {
    expect(messagesFor({ institutionId: 0 }, { requester: { ...requester, institutionId: 0 }, objectInstitutionIds: [0] }))
      .toEqual(['InstitutionID: Deletion request requires institution id.']);
  });

  describe('requester', () => {
    it('requires a requester id', () => {
      expect(messagesFor({ requestedById: null }, { requester: null })).toEqual(['RequestedByID: Deletion request requires requester id.']);
    });

    it('requires an existing user', () => {
      expect(messagesFor({}, { requester: null })).toEqual(['RequestedByID: User does not exist.']);
    });

    it('refuses a deactivated user', () => {
      expect(messagesFor({}, { requester: { ...requester, deactivatedAt: '2024-01-01T00:00:00Z' } })).toEqual(['RequestedByID: User has been deactivated.']);
    });

    it('refuses a user of another institution', () => {
      expect(messagesFor({}, { requester: { ...requester, institutionId: 3 }, objectInstitutionIds: [3] }))
        .toEqual(['RequestedByID: Deletion request user belongs to wrong institution.']);
    });
  });

  describe('confirmer', () => {
    it('accepts a second institutional admin', () => {
      expect(messagesFor({ confirmedById: 4 }, { confirmer: secondAdmin })).toEqual([]);
    });

    it('requires an existing user', () => {
      expect(messagesFor({ confirmedById: 4 }, { confirmer: null })).toEqual(['ConfirmedByID: User does not exist.']);
    });

    it('reports an admin list that could not be loaded', () => {
      expect(messagesFor({ confirmedById: 4 }, { confirmer: secondAdmin, activeInstitutionalAdminCount: null }))
        .toEqual(['ConfirmedByID: Cannot get admin list for this institution.']);
    });

    it('refuses a confirmer of another institution', () => {
      expect(messagesFor({ confirmedById: 4 }, { confirmer: { ...secondAdmin, institutionId: 9 } }))
        .toEqual(['ConfirmedByID: Deletion request user belongs to wrong institution.']);
    });

    it('refuses a confirmer who is not an institutional admin, sys admins included', () => {
      expect(messagesFor({ confirmedById: 4 }, { confirmer: { ...secondAdmin, role: 'institutional_user' } }))
        .toEqual(['ConfirmedByID: Deletion confirmer/canceller must be institutional admin.']);
      expect(messagesFor({ confirmedById: 4 }, { confirmer: { ...secondAdmin, role: 'admin' } }))
        .toEqual(['ConfirmedByID: Deletion confirmer/canceller must be institutional admin.']);
    });

    it('refuses self-confirmation while another active admin exists', () => {
      expect(messagesFor({ confirmedById: 3 }, { confirmer: requester, activeInstitutionalAdminCount: 2 }))
        .toEqual(['ConfirmedByID: Admin cannot confirm deletion they requested. This must be approved by a second admin.']);
    });

    it('allows self-confirmation by the only active admin', () => {
      expect(messagesFor({ confirmedById: 3 }, { confirmer: requester, activeInstitutionalAdminCount: 1 })).toEqual([]);
    });
  });

  describe('canceller', () => {
    it('allows an institutional admin to cancel, the requester included', () => {
      expect(messagesFor({ cancelledById: 4 }, { canceller: secondAdmin })).toEqual([]);
      expect(messagesFor({ cancelledById: 3 }, { canceller: requester })).toEqual([]);
    });

    it('always checks the canceller (the reference skipped it when the user was attached)', () => {
      expect(messagesFor({ cancelledById: 4 }, { canceller: null })).toEqual(['CancelledByID: User does not exist.']);
      expect(messagesFor({ cancelledById: 4 }, { canceller: { ...secondAdmin, institutionId: 9 } }))
        .toEqual(['CancelledByID: Deletion request user belongs to wrong institution.']);
      expect(messagesFor({ cancelledById: 4 }, { canceller: { ...secondAdmin, role: 'institutional_user' } }))
        .toEqual(['CancelledByID: Deletion confirmer/canceller must be institutional admin.']);
    });
  });

  it('requires an encrypted token', () => {
    expect(messagesFor({ encryptedConfirmationToken: '0123456789abcdef0123456789abcdef' })).toEqual(['EncryptedConfirmationToken: Token must be encrypted.']);
    expect(messagesFor({ encryptedConfirmationToken: null })).toEqual(['EncryptedConfirmationToken: Token must be encrypted.']);
  });

  it("refuses objects and files outside the requester's institution", () => {
    expect(messagesFor({}, { objectInstitutionIds: [2, 5] })).toEqual([
      'IntellectualObjects: User cannot delete files or objects belonging to other institutions.',
    ]);
    expect(messagesFor({}, { objectInstitutionIds: [], fileInstitutionIds: [2, 5] })).toEqual([
      'GenericFiles: User cannot delete files or objects belonging to other institutions.',
    ]);
  });

  it('reports errors in the documented field order with JSON keys', () => {
    const errors = validateDeletionRequest(
      { institutionId: null, requestedById: null, confirmedById: 4, cancelledById: 5, encryptedConfirmationToken: '' },
      { requester: null, confirmer: null, canceller: null, activeInstitutionalAdminCount: 1, objectInstitutionIds: [7], fileInstitutionIds: [8] },
    );
    expect(errors.map((e) => e.jsonField)).toEqual([
      'institution_id', 'requested_by_id', 'confirmed_by_id', 'cancelled_by_id', 'encrypted_confirmation_token', 'intellectual_objects', 'generic_files',
    ]);
  });
});
