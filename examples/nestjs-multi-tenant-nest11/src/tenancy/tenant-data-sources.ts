// #region registry
import { Logger, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TenantEntity } from '../catalogue/tenant.entity';
import { describeDatabase } from '../database/database-options';
import { TenantRequestError } from './tenant-request.error';

/** A tenant's open data source, held by one request until it calls release(). */
export interface TenantLease {
  tenant: TenantEntity;
  dataSource: DataSource;
  release(): void;
}

export type OpenDataSource = (tenant: TenantEntity) => Promise<DataSource>;
export type FindTenant = (id: string) => Promise<TenantEntity | null>;

interface Entry {
  tenant: TenantEntity;
  opened: Promise<DataSource>;
  dataSource?: DataSource; // set once opened
  leases: number; // requests using it right now, or waiting for their turn
  turns: Promise<void>; // sql.js only: the end of the last request's turn
}

// Tenant data sources, opened on first use and kept for the next requests.
// At most `limit` are open at any time, counting those still closing; past
// it, the least recently used one that no request holds is closed first; a
// request that finds every one in use waits at most `waitTimeoutMs` for one.
export class TenantDataSources implements OnApplicationShutdown {
  // Least recently used first: a Map keeps insertion order, and every use
  // moves its tenant to the end.
  private readonly entries = new Map<string, Entry>();
  private closing = 0;
  private waiting: (() => void)[] = [];
  private shuttingDown = false;
  private readonly logger = new Logger(TenantDataSources.name);
  readonly counts = { opened: 0, closed: 0 };

  constructor(
    readonly limit: number,
    private readonly open: OpenDataSource,
    readonly waitTimeoutMs = 10_000,
  ) {
    if (!Number.isInteger(limit) || limit < 1) {
      throw new Error(
        `The limit must be a whole number of 1 or more, not ${limit}`,
      );
    }
  }

  async acquire(id: string, findTenant: FindTenant): Promise<TenantLease> {
    const deadline = Date.now() + this.waitTimeoutMs;
    let tenant: TenantEntity | undefined;
    for (;;) {
      if (this.shuttingDown) {
        throw new TenantRequestError(
          503,
          'SHUTTING_DOWN',
          'The server is shutting down.',
        );
      }
      const entry = this.entries.get(id);
      // Open, or being opened by a concurrent request: share it.
      if (entry) return this.lease(entry);
      // Unknown tenants are turned away before anything is opened or closed.
      tenant ??= await this.lookUp(id, findTenant);
      if (this.entries.has(id)) continue; // opened meanwhile
      if (this.entries.size + this.closing < this.limit) {
        this.startOpening(tenant);
        continue;
      }
      const idle = [...this.entries.values()].find(
        (e) => e.dataSource && e.leases === 0,
      );
      // Closing one makes room for this request; then it tries again.
      if (idle) await this.close(idle, 'least recently used');
      // Every open one is in use: wait until a request ends.
      else await this.waitForSlot(id, deadline);
    }
  }
  // #endregion registry

  // #region lease
  private async lease(entry: Entry): Promise<TenantLease> {
    entry.leases++;
    this.entries.delete(entry.tenant.id);
    this.entries.set(entry.tenant.id, entry); // now the most recently used
    let dataSource: DataSource;
    try {
      dataSource = await entry.opened;
    } catch {
      entry.leases--;
      throw new TenantRequestError(
        503,
        'TENANT_UNAVAILABLE',
        `Tenant "${entry.tenant.id}" is unavailable: its database cannot be opened.`,
      );
    }
    // sql.js has one connection: concurrent transactions on it would nest,
    // and TypeORM's sqljs driver can then skip writing the file. Its
    // requests take turns.
    const endTurn =
      dataSource.options.type === 'sqljs'
        ? await this.takeTurn(entry)
        : () => {};
    let released = false;
    return {
      tenant: entry.tenant,
      dataSource,
      release: () => {
        if (released) return;
        released = true;
        endTurn();
        if (--entry.leases === 0) this.wake(); // it may be closed now
      },
    };
  }

  private async takeTurn(entry: Entry): Promise<() => void> {
    const previous = entry.turns;
    let endTurn!: () => void;
    entry.turns = new Promise<void>((resolve) => (endTurn = resolve));
    await previous;
    return endTurn;
  }
  // #endregion lease

  // #region registry-rest

  // Resolves when a request ends or a data source closes; past the deadline
  // the request is refused instead of queueing without end.
  private waitForSlot(id: string, deadline: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const wake = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.waiting = this.waiting.filter((waiter) => waiter !== wake);
        reject(
          new TenantRequestError(
            503,
            'TENANT_BUSY',
            `No data source slot for tenant "${id}": all ${this.limit} stayed in use for ${this.waitTimeoutMs} ms.`,
          ),
        );
      }, deadline - Date.now());
      this.waiting.push(wake);
    });
  }

  private async lookUp(id: string, findTenant: FindTenant) {
    const tenant = await findTenant(id);
    if (!tenant) {
      throw new TenantRequestError(
        404,
        'TENANT_UNKNOWN',
        `No tenant "${id}" in the catalogue.`,
      );
    }
    return tenant;
  }

  private startOpening(tenant: TenantEntity) {
    const entry: Entry = {
      tenant,
      leases: 0,
      opened: this.open(tenant),
      turns: Promise.resolve(),
    };
    this.entries.set(tenant.id, entry);
    entry.opened.then(
      (dataSource) => {
        entry.dataSource = dataSource;
        this.counts.opened++;
        this.logger.log(
          `Opened the data source of tenant "${tenant.id}" ` +
            `(${describeDatabase(dataSource.options)}): ${this.summary()}`,
        );
      },
      (error: Error) => {
        // Not kept: the next request for this tenant tries again.
        if (this.entries.get(tenant.id) === entry) {
          this.entries.delete(tenant.id);
        }
        this.logger.error(error.message);
        this.wake();
      },
    );
  }

  // The catalogue now says the tenant's database is elsewhere, or its
  // credentials changed: requests from now on open a new data source from
  // the catalogue; the old one closes once the requests using it have ended.
  async invalidate(id: string): Promise<void> {
    const entry = this.entries.get(id);
    if (entry) await this.close(entry, 'invalidated');
  }

  private async close(entry: Entry, why: string) {
    if (this.entries.get(entry.tenant.id) === entry) {
      this.entries.delete(entry.tenant.id);
    }
    this.closing++; // still counts against the limit until destroyed
    let failure: unknown;
    try {
      // Only an invalidated one can still be opening or in use here.
      const dataSource = await entry.opened.catch(() => undefined);
      while (entry.leases > 0) {
        await new Promise<void>((resolve) => this.waiting.push(resolve));
      }
      if (!dataSource) return;
      await dataSource.destroy();
      this.counts.closed++;
    } catch (error) {
      failure = error;
    } finally {
      this.closing--;
      this.wake();
    }
    const what = `the data source of tenant "${entry.tenant.id}"`;
    if (failure) this.logger.error(`Closing ${what} failed: ${failure}`);
    else this.logger.log(`Closed ${what} (${why}): ${this.summary()}`);
  }

  // After Nest has closed the HTTP server: no new requests; those still
  // running keep their data source until they end.
  async onApplicationShutdown(): Promise<void> {
    this.shuttingDown = true;
    this.wake();
    await Promise.allSettled([...this.entries.values()].map((e) => e.opened));
    while ([...this.entries.values()].some((e) => e.leases > 0)) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    const open = [...this.entries.values()].filter((e) => e.dataSource);
    await Promise.all(open.map((e) => this.close(e, 'shutting down')));
    while (this.closing > 0) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    this.logger.log(
      `All tenant data sources closed (${open.length} at shutdown)`,
    );
  }

  /** What /health and the benchmark show: the open tenants, in LRU order. */
  status() {
    const open = [...this.entries.values()].filter((e) => e.dataSource);
    return {
      limit: this.limit,
      closing: this.closing,
      ...this.counts,
      open: open.map((e) => ({
        id: e.tenant.id,
        database: describeDatabase(e.dataSource!.options),
        inUse: e.leases,
      })),
    };
  }

  private summary() {
    return `${this.entries.size + this.closing} of ${this.limit} open`;
  }

  private wake() {
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }
}
// #endregion registry-rest
