import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DepositStatRow } from '../../domain/deposit-stats.js';

export type DepositStatsSource = 'current' | 'historical';

export interface BillingRecord {
  readonly institutionId: number;
  readonly institutionName: string;
  readonly endDate: string;
  readonly storageOption: string;
  readonly totalGb: number;
  readonly totalTb: number;
}

const STAT_COLUMNS = `
  institution_id AS "institutionId",
  coalesce(institution_name, '') AS "institutionName",
  coalesce(storage_option, '') AS "storageOption",
  coalesce(object_count, 0)::float8 AS "objectCount",
  coalesce(file_count, 0)::float8 AS "fileCount",
  coalesce(total_bytes, 0)::float8 AS "totalBytes",
  coalesce(total_gb, 0)::float8 AS "totalGb",
  coalesce(total_tb, 0)::float8 AS "totalTb",
  coalesce(cost_gb_per_month, 0)::float8 AS "costGbPerMonth",
  coalesce(monthly_cost, 0)::float8 AS "monthlyCost",
  end_date AS "endDate"`;

const TABLES: Record<DepositStatsSource, string> = { current: 'current_deposit_stats', historical: 'historical_deposit_stats' };

/**
 * The report queries over the deposit statistics (data-model.md §2.5). Nothing here aggregates
 * generic_files: the statistics are computed in the background, these only read them.
 */
@Injectable()
export class DepositStatsReadQueries {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The statistics of one moment: every institution (0) or one institution with its sub-accounts,
   * optionally one storage option. The monthly snapshots are matched by their exact date.
   */
  async pointInTime(source: DepositStatsSource, institutionId: number, storageOption: string, endDate: string): Promise<DepositStatRow[]> {
    const rows: DepositStatRow[] = await this.dataSource.query(
      `SELECT ${STAT_COLUMNS}
         FROM ${TABLES[source]}
        WHERE ($1::bigint = 0 OR institution_id = $1 OR member_institution_id = $1)
          AND ($2::text = '' OR storage_option = $2)
          ${source === 'historical' ? 'AND end_date = $3::date' : ''}
        ORDER BY end_date, primary_sort, secondary_sort`,
      source === 'historical' ? [institutionId, storageOption, endDate] : [institutionId, storageOption],
    );
    return rows.map(normalise);
  }

  /** Sums per storage option over an institution and its sub-accounts, as institution 0 "All Institutions". */
  async subAccountRollup(source: DepositStatsSource, institutionId: number, storageOption: string, endDate: string): Promise<DepositStatRow[]> {
    const rows: DepositStatRow[] = await this.dataSource.query(
      `SELECT 0 AS "institutionId",
              'All Institutions' AS "institutionName",
              coalesce(storage_option, '') AS "storageOption",
              coalesce(sum(object_count), 0)::float8 AS "objectCount",
              coalesce(sum(file_count), 0)::float8 AS "fileCount",
              coalesce(sum(total_bytes), 0)::float8 AS "totalBytes",
              coalesce(sum(total_gb), 0)::float8 AS "totalGb",
              coalesce(sum(total_tb), 0)::float8 AS "totalTb",
              coalesce(sum(cost_gb_per_month), 0)::float8 AS "costGbPerMonth",
              coalesce(sum(monthly_cost), 0)::float8 AS "monthlyCost",
              end_date AS "endDate"
         FROM ${TABLES[source]}
        WHERE (institution_id = $1 OR member_institution_id = $1)
          AND ($2::text = '' OR storage_option = $2)
          ${source === 'historical' ? 'AND end_date = $3::date' : ''}
        GROUP BY storage_option, end_date, secondary_sort
        ORDER BY secondary_sort`,
      source === 'historical' ? [institutionId, storageOption, endDate] : [institutionId, storageOption],
    );
    return rows.map(normalise);
  }

  /** Monthly snapshots between two dates (inclusive) of one institution's own rows, or of the all-institution rows (0). */
  async timeline(institutionId: number, startDate: string, endDate: string): Promise<DepositStatRow[]> {
    const rows: DepositStatRow[] = await this.dataSource.query(
      `SELECT ${STAT_COLUMNS}
         FROM historical_deposit_stats
        WHERE ${institutionId === 0 ? 'institution_id IS NULL AND $1::bigint = 0' : 'institution_id = $1'}
          AND end_date BETWEEN $2::date AND $3::date
        ORDER BY primary_sort, secondary_sort, end_date`,
      [institutionId, startDate, endDate],
    );
    return rows.map(normalise);
  }

  /** One institution's billable snapshots: end date after `startDate` up to `endDate`, storage options with data. */
  billing(institutionId: number, storageOption: string, startDate: string, endDate: string): Promise<BillingRecord[]> {
    return this.dataSource.query(
      `SELECT institution_id AS "institutionId",
              coalesce(institution_name, '') AS "institutionName",
              end_date AS "endDate",
              storage_option AS "storageOption",
              coalesce(total_gb, 0)::float8 AS "totalGb",
              coalesce(total_tb, 0)::float8 AS "totalTb"
         FROM historical_deposit_stats
        WHERE institution_id = $1
          AND end_date > $2::date AND end_date <= $3::date
          AND ($4::text = '' OR storage_option = $4)
          AND total_tb > 0
          AND storage_option <> 'Total'
        ORDER BY end_date, storage_option`,
      [institutionId, startDate, endDate, storageOption],
    );
  }
}

const normalise = (row: DepositStatRow): DepositStatRow => ({ ...row, institutionId: row.institutionId === null ? null : Number(row.institutionId) });
