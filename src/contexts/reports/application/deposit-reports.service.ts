import { Injectable } from '@nestjs/common';
import { isSysAdmin, type Actor } from '../../../shared/access/actor.js';
import { NotFoundError } from '../../../shared/errors/domain-error.js';
import { InstitutionsService } from '../../institutions/index.js';
import {
  depositStatsSource,
  monthBefore,
  overageTb,
  withMonthlyTotals,
  zeroStatsRow,
  type BillingStatRow,
  type DepositStatRow,
} from '../domain/deposit-stats.js';
import { DepositStatsReadQueries } from '../infrastructure/persistence/deposit-stats.read-queries.js';

export interface DepositStatsQuery {
  /** 0 = all institutions; non-admins always get their own. */
  readonly institutionId: number;
  /** '' = all storage options. */
  readonly storageOption: string;
  /** `YYYY-MM-DD`. */
  readonly endDate: string;
}

export interface DepositRangeQuery extends DepositStatsQuery {
  /** `YYYY-MM-DD`. */
  readonly startDate: string;
}

export interface InstitutionOption {
  readonly id: number;
  readonly name: string;
}

/** The deposit and billing reports (workflows.md §8.2–§8.3), scoped to what the actor may see. */
@Injectable()
export class DepositReportsService {
  constructor(
    private readonly reads: DepositStatsReadQueries,
    private readonly institutions: InstitutionsService,
  ) {}

  /**
   * Deposits at one moment by institution and storage option: current statistics from today on,
   * else the snapshot of that first-of-month date; sub-account roll-up rows appended for an
   * institution that has active sub-accounts; each "Total" row carries its institution's monthly cost.
   */
  async depositStats(actor: Actor, query: DepositStatsQuery, now = new Date()): Promise<DepositStatRow[]> {
    const institutionId = scopedInstitution(actor, query.institutionId);
    const source = depositStatsSource(query.endDate, now);
    const rows = await this.reads.pointInTime(source, institutionId, query.storageOption, query.endDate);
    const report = rows.length > 0 ? rows : [zeroStatsRow(query.endDate)];
    if (institutionId > 0 && (await this.hasActiveSubAccounts(actor, institutionId))) {
      report.push(...(await this.reads.subAccountRollup(source, institutionId, query.storageOption, query.endDate)));
    }
    return withMonthlyTotals(report);
  }

  /** Monthly snapshots between the dates: one institution's own rows, or the all-institution totals. */
  depositTimeline(actor: Actor, query: DepositRangeQuery): Promise<DepositStatRow[]> {
    return this.reads.timeline(scopedInstitution(actor, query.institutionId), query.startDate, query.endDate);
  }

  /** One institution's billable storage per month; no institution, no rows. */
  async billingStats(actor: Actor, query: DepositRangeQuery): Promise<BillingStatRow[]> {
    const institutionId = scopedInstitution(actor, query.institutionId);
    if (institutionId === 0) return [];
    const records = await this.reads.billing(institutionId, query.storageOption, query.startDate, query.endDate);
    return records.map((r) => ({ ...r, institutionId: Number(r.institutionId), monthAndYear: monthBefore(r.endDate), overage: overageTb(r.totalTb) }));
  }

  /** The institutions a sys admin can report on, by name. */
  async institutionOptions(actor: Actor): Promise<InstitutionOption[]> {
    if (!isSysAdmin(actor)) return [];
    const page = await this.institutions.list(actor, 'sort=name__asc&per_page=1000', { unknownParameters: 'ignore' });
    return page.items.map((i) => ({ id: i.id, name: i.name ?? i.identifier ?? String(i.id) }));
  }

  private async hasActiveSubAccounts(actor: Actor, institutionId: number): Promise<boolean> {
    try {
      const { children } = await this.institutions.getDetail(actor, institutionId);
      return children.some((child) => child.state === 'A');
    } catch (error) {
      if (error instanceof NotFoundError) return false;
      throw error;
    }
  }
}

const scopedInstitution = (actor: Actor, requested: number): number => (isSysAdmin(actor) ? requested : actor.institutionId);
