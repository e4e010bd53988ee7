import { addDays, isBefore } from '../../../shared/domain/timestamp-order.js';
import type { Timestamp } from '../../../shared/time/timestamp.js';
import type { SpotRestoreSettings } from './institution.js';

/** The spot test restores the smallest active object of at least this many bytes. */
export const SPOT_RESTORE_MIN_OBJECT_SIZE = 10_000;

/**
 * Due when spot tests are enabled and either none ran yet, or the last one's work item was processed
 * more than `frequency` days ago. `lastDateProcessed` is that work item's date_processed (null counts
 * as long ago, as the reference's zero time does).
 */
export function isDueForSpotRestore(settings: SpotRestoreSettings, lastDateProcessed: Timestamp | null, now: Timestamp): boolean {
  if (settings.spotRestoreFrequency <= 0) return false;
  if (settings.lastSpotRestoreWorkItemId == null || settings.lastSpotRestoreWorkItemId <= 0) return true;
  if (lastDateProcessed === null) return true;
  return isBefore(lastDateProcessed, addDays(now, -settings.spotRestoreFrequency));
}
