import { STATE_ACTIVE, STATE_DELETED } from '../../../shared/domain/object-state.js';
import type { Timestamp } from '../../../shared/time/timestamp.js';

export const INSTITUTION_TYPES = ['MemberInstitution', 'SubscriptionInstitution'] as const;
export type InstitutionType = (typeof INSTITUTION_TYPES)[number];

export const MEMBER_INSTITUTION: InstitutionType = 'MemberInstitution';
export const SUBSCRIPTION_INSTITUTION: InstitutionType = 'SubscriptionInstitution';

/** The identifier of APTrust's own institution, the only home of sys admins. */
export const APTRUST_IDENTIFIER = 'aptrust.org';

export interface InstitutionFields {
  readonly name: string | null;
  readonly identifier: string | null;
  readonly state: string | null;
  readonly type: string | null;
  readonly memberInstitutionId: number | null;
  readonly receivingBucket: string | null;
  readonly restoreBucket: string | null;
}

export interface SpotRestoreSettings {
  /** Days between restoration spot tests; 0 disables them. */
  readonly spotRestoreFrequency: number;
  readonly lastSpotRestoreWorkItemId: number | null;
}

export interface InstitutionDeactivation {
  readonly state: string;
  readonly deactivatedAt: Timestamp | null;
}

/** "Member" for members, "Associate" for subscription (sub-account) institutions, "" otherwise. */
export function displayType(type: string | null | undefined): string {
  if (type === MEMBER_INSTITUTION) return 'Member';
  if (type === SUBSCRIPTION_INSTITUTION) return 'Associate';
  return '';
}

/** Soft delete: state D and deactivated_at = now. */
export const deactivateInstitution = (now: Timestamp): InstitutionDeactivation => ({ state: STATE_DELETED, deactivatedAt: now });

/** Undelete: state A and deactivated_at cleared. */
export const reactivateInstitution = (): InstitutionDeactivation => ({ state: STATE_ACTIVE, deactivatedAt: null });
