import { CreateCoreTables1700000000001 } from './1700000000001-CreateCoreTables.js';
import { CreateLegacyPharosTables1700000000002 } from './1700000000002-CreateLegacyPharosTables.js';
import { AddForeignKeysAndIndexes1700000000003 } from './1700000000003-AddForeignKeysAndIndexes.js';
import { CreateListViews1700000000004 } from './1700000000004-CreateListViews.js';
import { CreateCountCaches1700000000005 } from './1700000000005-CreateCountCaches.js';
import { CreateDepositStats1700000000006 } from './1700000000006-CreateDepositStats.js';
import { SeedInternalMetadata1700000000007 } from './1700000000007-SeedInternalMetadata.js';
import { CreateRowCounters1700000000008 } from './1700000000008-CreateRowCounters.js';
import { CreateQueueOutbox1700000000009 } from './1700000000009-CreateQueueOutbox.js';
import { AddAlertEmailQueue1700000000010 } from './1700000000010-AddAlertEmailQueue.js';
import { CreateUserSessions1700000000011 } from './1700000000011-CreateUserSessions.js';
import { AddAlertEmailRetrySchedule1700000000012 } from './1700000000012-AddAlertEmailRetrySchedule.js';
import { AddListPagingIndexes1700000000013 } from './1700000000013-AddListPagingIndexes.js';
import { CreateJobRuns1700000000014 } from './1700000000014-CreateJobRuns.js';
import { CountWorkItemsByStatus1700000000015 } from './1700000000015-CountWorkItemsByStatus.js';
import { DropRedundantIndexes1700000000016 } from './1700000000016-DropRedundantIndexes.js';
import { AddFilteredListOrderIndexes1700000000017 } from './1700000000017-AddFilteredListOrderIndexes.js';
import { NotifyUserCredentialChanges1700000000018 } from './1700000000018-NotifyUserCredentialChanges.js';
import { AddCreateConstraintIfNotExists1700000000019 } from './1700000000019-AddCreateConstraintIfNotExists.js';

/** Every schema migration, oldest first. */
export const ALL_MIGRATIONS = [
  CreateCoreTables1700000000001,
  CreateLegacyPharosTables1700000000002,
  AddForeignKeysAndIndexes1700000000003,
  CreateListViews1700000000004,
  CreateCountCaches1700000000005,
  CreateDepositStats1700000000006,
  SeedInternalMetadata1700000000007,
  CreateRowCounters1700000000008,
  CreateQueueOutbox1700000000009,
  AddAlertEmailQueue1700000000010,
  CreateUserSessions1700000000011,
  AddAlertEmailRetrySchedule1700000000012,
  AddListPagingIndexes1700000000013,
  CreateJobRuns1700000000014,
  CountWorkItemsByStatus1700000000015,
  DropRedundantIndexes1700000000016,
  AddFilteredListOrderIndexes1700000000017,
  NotifyUserCredentialChanges1700000000018,
  AddCreateConstraintIfNotExists1700000000019,
];
