import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

export interface AlertRecipient {
  readonly id: number;
  readonly name: string;
  readonly email: string;
}

const SYSTEM_USER_EMAIL = 'system@aptrust.org';

/** Who receives which alerts (workflows.md §7.3): active users, picked by institution and role. */
@Injectable()
export class AlertRecipientsQuery {
  constructor(private readonly dataSource: DataSource) {}

  /** Active institutional admins of an institution (deletion and failed-fixity alerts). */
  institutionalAdmins(institutionId: number, manager: EntityManager = this.dataSource.manager): Promise<AlertRecipient[]> {
    return this.select(manager, `institution_id = $1 AND role = 'institutional_admin'`, [institutionId]);
  }

  /** Every active user of an institution (restoration alerts). */
  allUsers(institutionId: number, manager: EntityManager = this.dataSource.manager): Promise<AlertRecipient[]> {
    return this.select(manager, `institution_id = $1`, [institutionId]);
  }

  /** Active users of the aptrust.org institution except the system account (the APTrust copy of failed-fixity alerts). */
  aptrustStaff(manager: EntityManager = this.dataSource.manager): Promise<AlertRecipient[]> {
    return this.select(manager, `institution_id = (SELECT id FROM institutions WHERE identifier = 'aptrust.org') AND email <> $1`, [SYSTEM_USER_EMAIL]);
  }

  private async select(manager: EntityManager, condition: string, params: unknown[]): Promise<AlertRecipient[]> {
    const rows: { id: number; name: string | null; email: string | null }[] = await manager.query(
      `SELECT id, name, email FROM users WHERE deactivated_at IS NULL AND ${condition} ORDER BY id`,
      params,
    );
    return rows.map((r) => ({ id: r.id, name: r.name ?? '', email: r.email ?? '' }));
  }
}
