import 'reflect-metadata';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { ALL_MIGRATIONS } from '../../../migrations/index.js';
import { ALL_ORM_ENTITIES } from './all-orm-entities.js';
import { installPgTypeParsers } from './pg-types.js';

export interface DatabaseSettings {
  readonly url: string;
  readonly poolSize?: number;
  readonly ssl?: boolean;
  readonly logSql?: boolean;
}

export const MIGRATIONS_TABLE = 'typeorm_migrations';

/** One definition of how the registry talks to PostgreSQL, shared by the app, the CLIs and the tests. */
export function dataSourceOptions(settings: DatabaseSettings): DataSourceOptions {
  installPgTypeParsers();
  return {
    type: 'postgres',
    url: settings.url,
    entities: ALL_ORM_ENTITIES,
    migrations: ALL_MIGRATIONS,
    migrationsTableName: MIGRATIONS_TABLE,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: settings.logSql ? 'all' : false,
    ssl: settings.ssl ? { rejectUnauthorized: false } : false,
    extra: {
      max: settings.poolSize ?? 10,
      // Every session works in UTC, and reads the reference fixtures' `1/12/21 17:14` dates as month/day.
      options: '-c TimeZone=UTC -c DateStyle=ISO,MDY',
    },
  };
}

export async function openDataSource(settings: DatabaseSettings): Promise<DataSource> {
  return new DataSource(dataSourceOptions(settings)).initialize();
}
