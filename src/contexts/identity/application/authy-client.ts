export type ApprovalOutcome = 'approved' | 'denied' | 'expired';

/** Authy push approval (OneTouch): registering a user's phone and asking them to approve a sign-in. */
export abstract class AuthyClient {
  abstract readonly enabled: boolean;
  /** Registers the phone with Authy; returns the Authy user id. */
  abstract registerUser(email: string, phoneNumber: string): Promise<string>;
  /** Sends an approval request to the user's Authy app and waits for the answer. */
  abstract requestApproval(authyId: string, message: string): Promise<ApprovalOutcome>;
}
