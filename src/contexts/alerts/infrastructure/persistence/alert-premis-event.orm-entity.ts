import { Entity, PrimaryColumn } from 'typeorm';

/**
 * The table has no primary key, only a unique index on both columns; the composite primary column
 * gives TypeORM a row identity. `alert_id` is int4 although `alerts.id` is int8.
 */
@Entity({ name: 'alerts_premis_events' })
export class AlertPremisEventOrmEntity {
  @PrimaryColumn({ name: 'alert_id', type: 'int' })
  alertId: number;

  @PrimaryColumn({ name: 'premis_event_id', type: 'int' })
  premisEventId: number;
}
