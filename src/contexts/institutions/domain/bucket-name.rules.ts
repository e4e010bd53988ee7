import { STATE_ACTIVE } from '../../../shared/domain/object-state.js';

/** The bucket-name qualifier: '' in production, '.staging' on staging, '.test' everywhere else. */
export type BucketQualifier = '' | '.staging' | '.test';

const PRODUCTION_COOKIE_DOMAIN = 'repo.aptrust.org';
const STAGING_COOKIE_DOMAIN = 'staging.aptrust.org';

/**
 * The reference derives the qualifier from COOKIE_DOMAIN, not from APT_ENV, so a copied config can never
 * point a non-production deployment at production buckets; unknown domains fall back to '.test'.
 */
export function bucketQualifierForCookieDomain(cookieDomain: string): BucketQualifier {
  if (cookieDomain === PRODUCTION_COOKIE_DOMAIN) return '';
  if (cookieDomain === STAGING_COOKIE_DOMAIN) return '.staging';
  return '.test';
}

export function receivingBucketName(identifier: string, qualifier: BucketQualifier): string {
  return `aptrust.receiving${qualifier}.${identifier}`;
}

export function restoreBucketName(identifier: string, qualifier: BucketQualifier): string {
  return `aptrust.restore${qualifier}.${identifier}`;
}

/** What an insert forces before validating: both bucket names from the identifier, and state A. */
export function newInstitutionDefaults(identifier: string, qualifier: BucketQualifier) {
  return {
    state: STATE_ACTIVE,
    receivingBucket: receivingBucketName(identifier, qualifier),
    restoreBucket: restoreBucketName(identifier, qualifier),
  };
}
