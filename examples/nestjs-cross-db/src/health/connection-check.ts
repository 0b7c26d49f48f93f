import { TypeOrmHealthIndicator } from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import { queryCounterFor } from '../database/query-counter.js';

// terminus's ping of one connection, with the driver and database it points
// at, and the SQL statements it has sent since the start, added to its entry.
export async function connectionCheck(
  db: TypeOrmHealthIndicator,
  name: string,
  dataSource: DataSource,
) {
  // Read before the ping, which is a query too.
  const queries = queryCounterFor(name).queries;
  const result = await db.pingCheck(name, { connection: dataSource });
  return { [name]: { ...result[name], ...describe(dataSource), queries } };
}

function describe(dataSource: DataSource) {
  const { options } = dataSource;
  const database =
    options.type === 'sqljs'
      ? (options.location ?? ':memory:')
      : String(dataSource.driver.database ?? options.database ?? '');
  return { driver: options.type, database };
}
