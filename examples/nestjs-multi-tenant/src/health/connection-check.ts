import { TypeOrmHealthIndicator } from '@nestjs/terminus';
import { DataSource } from 'typeorm';

// terminus's ping of one connection, with the driver and database it points
// at added to its entry, so /health shows where each connection went.
export async function connectionCheck(
  db: TypeOrmHealthIndicator,
  name: string,
  dataSource: DataSource,
) {
  const result = await db.pingCheck(name, { connection: dataSource });
  return { [name]: { ...result[name], ...describe(dataSource) } };
}

function describe(dataSource: DataSource) {
  const { options } = dataSource;
  const database =
    options.type === 'sqljs'
      ? (options.location ?? ':memory:')
      : String(dataSource.driver.database ?? options.database ?? '');
  return { driver: options.type, database };
}
