import { serverType } from './database-url.js';

// #region replication-options
// MUSIC_DB_REPLICA_URLS=postgres://replica1/music,postgres://replica2/music
// gives the connection TypeORM's `replication` option: writes, raw queries and
// transactions go to the primary (`master`), SELECTs made by find and query
// builders go to a replica (`slaves`): on PostgreSQL one picked at random per
// query, on MySQL and MariaDB each in turn.
// Typed as object: TypeORM types `replication` per driver, and which driver
// the URL names is known only at run time.
export function replicationOptions(connection: string, prefix: string): object {
  const url = process.env[`${prefix}_DB_URL`];
  const replicaUrls = process.env[`${prefix}_DB_REPLICA_URLS`];
  const defaultMode = process.env[`${prefix}_DB_DEFAULT_MODE`];
  if (!replicaUrls) return {};
  if (!url) {
    throw new Error(
      `Cannot use read replicas on the "${connection}" connection: it runs ` +
        `on sql.js, and sql.js has no replication. Unset ${prefix}_DB_REPLICA_URLS, ` +
        `or set ${prefix}_DB_URL to a PostgreSQL, MySQL or MariaDB server.`,
    );
  }
  const slaves = replicaUrls.split(',').map((replica) => replica.trim());
  for (const replica of slaves) {
    if (serverType(replica) !== serverType(url)) {
      throw new Error(
        `A replica of the "${connection}" connection is not a ` +
          `${serverType(url)} server: ${new URL(replica).protocol}//...`,
      );
    }
  }
  if (defaultMode && defaultMode !== 'master' && defaultMode !== 'slave') {
    throw new Error(
      `The "${connection}" connection's default read mode must be master ` +
        `or slave, not "${defaultMode}"`,
    );
  }
  return {
    replication: {
      master: { url },
      slaves: slaves.map((replica) => ({ url: replica })),
      // 'master' sends find and query-builder reads to the primary too;
      // a read then goes to a replica only when asked for one.
      defaultMode: (defaultMode ?? 'slave') as 'master' | 'slave',
    },
  };
}
// #endregion replication-options
