import { QueryRunner, TableColumnOptions, TableOptions } from 'typeorm';

// What two of the entities' decorators make differ by driver. These helpers
// ask TypeORM for that, so one migration fits sql.js, PostgreSQL and MariaDB
// and the drift check (migration:generate --check) finds nothing to change.
// They live outside the migrations folders: TypeORM loads every export there
// as a migration.

// #region created-at
// @CreateDateColumn(): `timestamp` with now() on PostgreSQL, `datetime(6)`
// with CURRENT_TIMESTAMP(6) on MySQL and MariaDB, `datetime` with
// datetime('now') on SQLite and sql.js.
export function createdAtColumn(queryRunner: QueryRunner): TableColumnOptions {
  const types = queryRunner.connection.driver.mappedDataTypes;
  return {
    name: 'createdAt',
    type: String(types.createDate),
    precision: types.createDatePrecision,
    default: types.createDateDefault,
  };
}
// #endregion created-at

// #region unique
// @Column({ unique: true }): a unique constraint (UQ_...), except on MySQL and
// MariaDB, where TypeORM makes it a unique index (IDX_...).
export function uniqueOn(
  queryRunner: QueryRunner,
  columnNames: string[],
): Pick<TableOptions, 'uniques' | 'indices'> {
  const { type } = queryRunner.connection.options;
  return type === 'mysql' || type === 'mariadb'
    ? { indices: [{ columnNames, isUnique: true }] }
    : { uniques: [{ columnNames }] };
}
// #endregion unique
