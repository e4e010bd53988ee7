import { isDueForSpotRestore } from './spot-restore.rules.js';

const now = '2024-06-30T12:00:00Z';

describe(isDueForSpotRestore.name, () => {
  it('is never due when the frequency is 0', () => {
    expect(isDueForSpotRestore({ spotRestoreFrequency: 0, lastSpotRestoreWorkItemId: null }, null, now)).toBe(false);
  });

  it('is due when no spot test has run yet', () => {
    expect(isDueForSpotRestore({ spotRestoreFrequency: 90, lastSpotRestoreWorkItemId: null }, null, now)).toBe(true);
    expect(isDueForSpotRestore({ spotRestoreFrequency: 90, lastSpotRestoreWorkItemId: 0 }, null, now)).toBe(true);
  });

  it('is due when the last work item has no date_processed', () => {
    expect(isDueForSpotRestore({ spotRestoreFrequency: 90, lastSpotRestoreWorkItemId: 12 }, null, now)).toBe(true);
  });

  it('is due once the last test was processed more than frequency days ago', () => {
    const settings = { spotRestoreFrequency: 30, lastSpotRestoreWorkItemId: 12 };
    expect(isDueForSpotRestore(settings, '2024-05-31T11:59:59Z', now)).toBe(true);
  });

  it('is not due exactly frequency days later or sooner', () => {
    const settings = { spotRestoreFrequency: 30, lastSpotRestoreWorkItemId: 12 };
    expect(isDueForSpotRestore(settings, '2024-05-31T12:00:00Z', now)).toBe(false);
    expect(isDueForSpotRestore(settings, '2024-06-15T00:00:00Z', now)).toBe(false);
  });
});
