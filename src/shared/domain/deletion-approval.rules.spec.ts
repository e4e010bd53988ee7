import { deletionApprovalFailure } from './deletion-approval.rules.js';

const workItem = { id: 41, instApprover: 'admin@test.edu' };
const request = { id: 5, requestedById: 3, confirmedById: 4 };

describe(deletionApprovalFailure.name, () => {
  it('passes for a started work item with an approver and a confirmed request', () => {
    expect(deletionApprovalFailure({ deletionWorkItem: workItem, deletionRequest: request })).toBeNull();
  });

  it('requires the work item', () => {
    expect(deletionApprovalFailure({ deletionWorkItem: null, deletionRequest: request })).toBe('Missing deletion request work item');
  });

  it('requires a non-blank institutional approver', () => {
    expect(deletionApprovalFailure({ deletionWorkItem: { ...workItem, instApprover: ' ' }, deletionRequest: request }))
      .toBe('Deletion work item is missing institutional approver');
  });

  it('requires the deletion request', () => {
    expect(deletionApprovalFailure({ deletionWorkItem: workItem, deletionRequest: null })).toBe('No deletion request for work item 41');
  });

  it('requires a requester', () => {
    expect(deletionApprovalFailure({ deletionWorkItem: workItem, deletionRequest: { ...request, requestedById: 0 } }))
      .toBe('Deletion request 5 has no requestor');
  });

  it('requires a confirmer', () => {
    expect(deletionApprovalFailure({ deletionWorkItem: workItem, deletionRequest: { ...request, confirmedById: null } }))
      .toBe('Deletion request 5 has no approver');
  });
});
