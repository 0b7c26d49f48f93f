// #region tenant-context
import { Injectable } from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';
import { TenantLease } from './tenant-data-sources.js';

// The tenant of the request being served, for singleton services. The
// middleware runs the rest of each request inside run(); everything that
// request awaits (resolvers, DataLoader batches) sees the same lease.
@Injectable()
export class TenantContext {
  private readonly storage = new AsyncLocalStorage<TenantLease>();

  run<T>(lease: TenantLease, work: () => T): T {
    return this.storage.run(lease, work);
  }

  current(): TenantLease {
    const lease = this.storage.getStore();
    if (!lease) {
      // A bug, never the client's fault: code outside a tenant's request
      // (a script, a timer) must call run() itself.
      throw new Error(
        'No tenant for this call: it runs outside a tenant request.',
      );
    }
    return lease;
  }
}
// #endregion tenant-context
