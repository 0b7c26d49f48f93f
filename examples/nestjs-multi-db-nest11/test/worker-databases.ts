import path from 'node:path';
import { DataSource, DataSourceOptions } from 'typeorm';
import { serverType } from '../src/database/database-url';

// #region worker-databases
// Jest runs spec files in parallel, one worker each (JEST_WORKER_ID = 1, 2,
// ...). Two workers on one database would empty each other's tables in the
// middle of a test, so each worker moves every connection to a database of
// its own: music_test becomes music_1_test, music_2_test, ... (made on first
// use). In-memory sql.js needs nothing: every worker has its own memory.
export async function useWorkerDatabases(): Promise<void> {
  const worker = process.env.JEST_WORKER_ID;
  if (!worker) return;
  for (const prefix of ['MUSIC', 'SECRET']) {
    const url = process.env[`${prefix}_DB_URL`];
    if (url) {
      process.env[`${prefix}_DB_URL`] = await createWorkerDatabase(url, worker);
    }
    const file = process.env[`${prefix}_DB_FILE`];
    if (file) {
      const { dir, name, ext } = path.parse(file);
      process.env[`${prefix}_DB_FILE`] = path.join(
        dir,
        `${workerName(name, worker)}${ext}`,
      );
    }
  }
}

// music_test -> music_2_test: the name still ends in _test, so the guard in
// throwaway-databases.ts accepts it.
function workerName(name: string, worker: string): string {
  return name.replace(/(_test)?$/, `_${worker}$1`);
}

async function createWorkerDatabase(
  given: string,
  worker: string,
): Promise<string> {
  const url = new URL(given);
  const database = workerName(url.pathname.slice(1), worker);
  const type = serverType(given);
  // Connected to the database the URL names, which must exist.
  const server = await new DataSource({
    type,
    url: given,
    ...(type === 'postgres' ? {} : { connectorPackage: 'mysql2' }),
  } as DataSourceOptions).initialize();
  try {
    await server.createQueryRunner().createDatabase(database, true);
  } finally {
    await server.destroy();
  }
  url.pathname = `/${database}`;
  return url.toString();
}
// #endregion worker-databases
