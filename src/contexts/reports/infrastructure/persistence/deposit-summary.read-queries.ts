import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface DepositSummaryRow {
  readonly storageOption: string;
  readonly objectCount: number;
  readonly fileCount: number;
  readonly totalBytes: number;
}

/** The dashboard's "Deposits by Storage Option" (workflows.md §8.5), read from `current_deposit_stats`. */
@Injectable()
export class DepositSummaryReadQueries {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * One institution's current rows, or with null the all-institution rows; one per storage option
   * with the "Total" row last (its secondary_sort is 'zzz').
   */
  currentByStorageOption(institutionId: number | null): Promise<DepositSummaryRow[]> {
    return this.dataSource.query(
      `SELECT coalesce(storage_option, '') AS "storageOption",
              coalesce(object_count, 0)::float8 AS "objectCount",
              coalesce(file_count, 0)::float8 AS "fileCount",
              coalesce(total_bytes, 0)::float8 AS "totalBytes"
         FROM current_deposit_stats
        WHERE CASE WHEN $1::bigint IS NULL THEN institution_id IS NULL ELSE institution_id = $1::bigint END
        ORDER BY secondary_sort, storage_option`,
      [institutionId],
    );
  }
}
