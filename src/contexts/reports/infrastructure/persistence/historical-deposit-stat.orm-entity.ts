import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { BigIntColumn } from '../../../../shared/persistence/columns.js';

/**
 * A monthly deposit snapshot. Rollup rows have a NULL institution ("All Institutions") and/or the
 * storage option `Total`. The row covers files created before `endDate`.
 */
@Entity({ name: 'historical_deposit_stats' })
export class HistoricalDepositStatOrmEntity {
  @BigIntColumn({ name: 'institution_id', nullable: true })
  institutionId: number | null;

  @Column({ name: 'institution_name', type: 'varchar', length: 80, nullable: true })
  institutionName: string | null;

  @Column({ name: 'storage_option', type: 'varchar', length: 40, nullable: true })
  storageOption: string | null;

  @BigIntColumn({ name: 'object_count', nullable: true })
  objectCount: number | null;

  @BigIntColumn({ name: 'file_count', nullable: true })
  fileCount: number | null;

  @BigIntColumn({ name: 'total_bytes', nullable: true })
  totalBytes: number | null;

  @Column({ name: 'total_gb', type: 'double precision', nullable: true })
  totalGb: number | null;

  @Column({ name: 'total_tb', type: 'double precision', nullable: true })
  totalTb: number | null;

  /** Price when the row was made (frozen history), not the current one. */
  @Column({ name: 'cost_gb_per_month', type: 'double precision', nullable: true })
  costGbPerMonth: number | null;

  @Column({ name: 'monthly_cost', type: 'double precision', nullable: true })
  monthlyCost: number | null;

  /** `YYYY-MM-DD`, always the first day of a month (the pg DATE parser keeps the text). */
  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate: string | null;

  @Column({ name: 'member_institution_id', type: 'int', nullable: true })
  memberInstitutionId: number | null;

  @Column({ name: 'primary_sort', type: 'varchar', nullable: true })
  primarySort: string | null;

  @Column({ name: 'secondary_sort', type: 'varchar', nullable: true })
  secondarySort: string | null;

  /** Not in the anchor schema (which has no PK); the port's migration appends it as the last column. */
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: number;
}
