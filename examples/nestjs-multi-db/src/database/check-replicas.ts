import type { PoolCluster } from 'mysql2';
import type { DataSource } from 'typeorm';

// #region check-replicas
// TypeORM's PostgreSQL driver connects to every replica while it connects;
// its MySQL/MariaDB driver only on a replica's first read. Connect to each
// replica now, so that one that does not answer stops the start there too.
export async function checkReplicas(dataSource: DataSource): Promise<void> {
  const options = dataSource.options;
  if (options.type !== 'mysql' && options.type !== 'mariadb') return;
  const cluster = (dataSource.driver as { poolCluster?: PoolCluster })
    .poolCluster;
  const replicas = options.replication?.slaves ?? [];
  for (const index of replicas.keys()) {
    // TypeORM names the cluster's nodes SLAVE0, SLAVE1, ... and MASTER.
    await new Promise<void>((resolve, reject) =>
      cluster?.of(`SLAVE${index}`).getConnection((error, connection) => {
        if (error) return reject(error);
        connection.release();
        resolve();
      }),
    );
  }
}
// #endregion check-replicas
