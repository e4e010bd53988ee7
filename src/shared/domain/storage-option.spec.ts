import {
  earliestDeletionDate,
  GLACIER_ONLY_OPTIONS,
  hasPassedRetentionPeriod,
  isGlacierOnly,
  retentionDays,
  STORAGE_OPTIONS,
  type RetentionMinimums,
} from './storage-option.js';

const retention: RetentionMinimums = { glacier: 90, glacierDeep: 180, wasabi: 60, standard: 7 };

describe('STORAGE_OPTIONS', () => {
  it('lists the ten options of the reference', () => {
    expect(STORAGE_OPTIONS).toHaveLength(10);
    expect(GLACIER_ONLY_OPTIONS).toHaveLength(6);
  });
});

describe(isGlacierOnly.name, () => {
  it.each(['Glacier-OH', 'Glacier-OR', 'Glacier-VA', 'Glacier-Deep-OH', 'Glacier-Deep-OR', 'Glacier-Deep-VA'])('is true for %s', (option) => {
    expect(isGlacierOnly(option)).toBe(true);
  });

  it.each(['Standard', 'Wasabi-OR', 'Wasabi-TX', 'Wasabi-VA', 'S3-VA', '', null])('is false for %p', (option) => {
    expect(isGlacierOnly(option)).toBe(false);
  });
});

describe(retentionDays.name, () => {
  it.each([
    ['Glacier-OH', 90], ['Glacier-OR', 90], ['Glacier-VA', 90],
    ['Glacier-Deep-OH', 180], ['Glacier-Deep-OR', 180], ['Glacier-Deep-VA', 180],
    ['Wasabi-OR', 60], ['Wasabi-VA', 60],
    ['Standard', 7],
  ])('gives %s the configured %i days', (option, days) => {
    expect(retentionDays(option, retention)).toBe(days);
  });

  it('gives Wasabi-TX the Wasabi minimum (the reference gave it 0)', () => {
    expect(retentionDays('Wasabi-TX', retention)).toBe(60);
  });

  it('gives unknown options 0 days', () => {
    expect(retentionDays('S3-VA', retention)).toBe(0);
    expect(retentionDays(null, retention)).toBe(0);
  });
});

describe(earliestDeletionDate.name, () => {
  it('adds the retention days to created_at', () => {
    expect(earliestDeletionDate('2024-01-01T12:00:00.25Z', 'Glacier-VA', retention)).toBe('2024-03-31T12:00:00.25Z');
  });
});

describe(hasPassedRetentionPeriod.name, () => {
  const createdAt = '2024-01-01T00:00:00Z';

  it('is false while the earliest deletion date is still ahead', () => {
    expect(hasPassedRetentionPeriod(createdAt, 'Glacier-Deep-OH', retention, '2024-06-28T23:59:59Z')).toBe(false);
  });

  it('is false at exactly the earliest deletion date (strictly before now is required)', () => {
    expect(hasPassedRetentionPeriod(createdAt, 'Glacier-Deep-OH', retention, '2024-06-29T00:00:00Z')).toBe(false);
  });

  it('is true a microsecond later', () => {
    expect(hasPassedRetentionPeriod(createdAt, 'Glacier-Deep-OH', retention, '2024-06-29T00:00:00.000001Z')).toBe(true);
  });

  it('applies the Wasabi minimum to Wasabi-TX', () => {
    expect(hasPassedRetentionPeriod(createdAt, 'Wasabi-TX', retention, '2024-01-02T00:00:00Z')).toBe(false);
  });
});
