// #region middleware
import { Injectable, Logger, NestMiddleware } from '@nestjs/common';
import { IncomingMessage, ServerResponse } from 'node:http';
import { CatalogueService } from '../catalogue/catalogue.service.js';
import { TenantContext } from './tenant-context.js';
import { TenantDataSources, TenantLease } from './tenant-data-sources.js';
import { tenantIdFrom } from './tenant-id.js';
import { TenantRequestError } from './tenant-request.error.js';

// Runs before GraphQL on every /graphql request: finds the tenant, holds its
// data source until the request's work is done, and serves the rest of the
// request inside that tenant's context.
@Injectable()
export class TenantMiddleware implements NestMiddleware {
  private readonly logger = new Logger(TenantMiddleware.name);

  constructor(
    private readonly dataSources: TenantDataSources,
    private readonly catalogue: CatalogueService,
    private readonly tenantContext: TenantContext,
  ) {}

  async use(req: IncomingMessage, res: ServerResponse, next: () => void) {
    // A client that hangs up while the data source opens (or waits for a
    // slot) has nothing left to run: its lease goes back at once.
    let hungUp = false;
    const onHangUp = () => (hungUp = true);
    res.once('close', onHangUp);
    let lease: TenantLease;
    try {
      const id = tenantIdFrom(req.headers['x-tenant']);
      lease = await this.dataSources.acquire(id, (tenantId) =>
        this.catalogue.findTenant(tenantId),
      );
    } catch (error) {
      return this.refuse(res, error);
    } finally {
      res.off('close', onHangUp);
    }
    if (hungUp) return lease.release();
    // Once the request runs, its work ends when the handler writes the answer,
    // not at 'close': that event fires as soon as the client hangs up, while
    // a resolver may still be querying. The handler answers either way.
    const end = res.end;
    res.end = ((...args: Parameters<typeof end>) => {
      try {
        return end.apply(res, args as never);
      } finally {
        lease.release();
      }
    }) as typeof end;
    this.tenantContext.run(lease, next);
  }

  // A GraphQL-shaped error with the HTTP status that says what went wrong.
  private refuse(res: ServerResponse, error: unknown) {
    let refusal = error;
    if (!(error instanceof TenantRequestError)) {
      this.logger.error(`Cannot read the tenant catalogue: ${error}`);
      refusal = new TenantRequestError(
        503,
        'CATALOGUE_UNAVAILABLE',
        'The tenant catalogue cannot be read.',
      );
    }
    const { status, code, message } = refusal as TenantRequestError;
    res.statusCode = status;
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
  }
}
// #endregion middleware
