export { ReportsModule } from './reports.module.js';
export { DepositReportsService, type DepositStatsQuery, type DepositRangeQuery, type InstitutionOption } from './application/deposit-reports.service.js';
export type { BillingStatRow, DepositStatRow } from './domain/deposit-stats.js';
