import { bucketQualifierForCookieDomain, newInstitutionDefaults, receivingBucketName, restoreBucketName } from './bucket-name.rules.js';

describe(bucketQualifierForCookieDomain.name, () => {
  it('has no qualifier in production', () => {
    expect(bucketQualifierForCookieDomain('repo.aptrust.org')).toBe('');
  });

  it('uses .staging on staging', () => {
    expect(bucketQualifierForCookieDomain('staging.aptrust.org')).toBe('.staging');
  });

  it.each(['localhost', 'demo.aptrust.org', ''])('uses .test for %p', (domain) => {
    expect(bucketQualifierForCookieDomain(domain)).toBe('.test');
  });
});

describe(receivingBucketName.name, () => {
  it('puts the qualifier between "receiving" and the identifier', () => {
    expect(receivingBucketName('test.edu', '')).toBe('aptrust.receiving.test.edu');
    expect(receivingBucketName('test.edu', '.test')).toBe('aptrust.receiving.test.test.edu');
    expect(receivingBucketName('test.edu', '.staging')).toBe('aptrust.receiving.staging.test.edu');
  });
});

describe(restoreBucketName.name, () => {
  it('puts the qualifier between "restore" and the identifier', () => {
    expect(restoreBucketName('test.edu', '')).toBe('aptrust.restore.test.edu');
    expect(restoreBucketName('test.edu', '.test')).toBe('aptrust.restore.test.test.edu');
  });
});

describe(newInstitutionDefaults.name, () => {
  it('derives both buckets and forces state A', () => {
    expect(newInstitutionDefaults('inst.edu', '.test')).toEqual({
      state: 'A',
      receivingBucket: 'aptrust.receiving.test.inst.edu',
      restoreBucket: 'aptrust.restore.test.inst.edu',
    });
  });
});
