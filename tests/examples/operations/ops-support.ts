// Shared by the operations tests (health, pools, shutdown, migrations across instances): the
// database servers of this run, a TCP proxy that can cut a connection's server away without
// touching the server, and the check that a page quotes what a test saw.
import net from 'node:net';
import pg from 'pg';
import {createDatabase, dropDatabase, serverAt, withServer} from '../../../tools/databases.mjs';

export type Server = 'postgres' | 'mariadb';

/**
 * The servers this run has: `.ci/run` (scripts/examples-on-servers.mjs) points MUSIC_DB_URL /
 * SECRET_DB_URL at fresh databases on PostgreSQL and MariaDB; plain `npm test` sets neither.
 */
export function runServers(): {server: Server; url: URL}[] {
  const found = new Map<Server, URL>();
  for (const value of [process.env.MUSIC_DB_URL, process.env.SECRET_DB_URL]) {
    if (value && !found.has(serverAt(value).server)) found.set(serverAt(value).server, new URL(value));
  }
  return [...found].map(([server, url]) => ({server, url}));
}

/** Forwards a local port to a server; cut() closes it and every connection through it, restore() opens it again. */
export class TcpProxy {
  private server?: net.Server;
  private readonly sockets = new Set<net.Socket>();

  private constructor(
    readonly port: number,
    private readonly target: {host: string; port: number},
  ) {}

  static async start(target: {host: string; port: number}): Promise<TcpProxy> {
    const probe = net.createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as net.AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    const proxy = new TcpProxy(port, target);
    await proxy.restore();
    return proxy;
  }

  /** `url` with its host and port replaced by the proxy's. */
  through(url: URL): string {
    const proxied = new URL(url);
    proxied.hostname = '127.0.0.1';
    proxied.port = String(this.port);
    return proxied.toString();
  }

  async restore(): Promise<void> {
    const server = net.createServer((client) => {
      const upstream = net.connect(this.target.port, this.target.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.server = server;
  }

  async cut(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const socket of this.sockets) socket.destroy();
    if (server) await new Promise((resolve) => server.close(resolve));
  }
}

/**
 * A new empty database next to the one `url` names (`<its name>_<suffix>`, so the run's clean-up
 * matches it too); returns its URL and a function that drops it.
 */
export async function freshDatabase(url: URL, suffix: string): Promise<{url: URL; name: string; drop(): Promise<void>}> {
  const name = `${url.pathname.slice(1)}_${suffix}_${Date.now().toString(36)}`.toLowerCase();
  const own = new URL(await createDatabase(url, name));
  return {url: own, name, drop: () => dropDatabase(url, name)};
}

/** The server's connection limit (max_connections). */
export async function maxConnections(server: Server, url: URL): Promise<number> {
  const rows: {max_connections: string | number}[] = await withServer(url, (query) =>
    query(server === 'postgres' ? 'SHOW max_connections' : 'SELECT @@max_connections AS max_connections'),
  );
  return Number(rows[0].max_connections);
}

/** Connections of pg_stat_activity that match `where`, now: inside a transaction PostgreSQL keeps showing its first snapshot. */
export async function pgActivity(client: pg.Client, where: string, params: unknown[]): Promise<number> {
  await client.query('SELECT pg_stat_clear_snapshot()');
  return (await client.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE ${where}`, params)).rows[0].n;
}
