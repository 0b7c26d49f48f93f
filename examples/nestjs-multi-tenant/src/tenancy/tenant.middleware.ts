import { Injectable, Logger, NestMiddleware } from '@nestjs/common';
import { IncomingMessage, ServerResponse } from 'node:http';
import { CatalogueService } from '../catalogue/catalogue.service.js';
import { TenantContext } from './tenant-context.js';
import { TenantDataSources, TenantLease } from './tenant-data-sources.js';
import { tenantIdFrom } from './tenant-id.js';
import { TenantRequestError } from './tenant-request.error.js';

// #region middleware
// Runs before GraphQL on every /graphql request: finds the tenant, holds its
// data source for exactly as long as the request lasts, and serves the rest
// of the request inside that tenant's context.
@Injectable()
export class TenantMiddleware implements NestMiddleware {
  private readonly logger = new Logger(TenantMiddleware.name);

  constructor(
    private readonly dataSources: TenantDataSources,
    private readonly catalogue: CatalogueService,
    private readonly tenantContext: TenantContext,
  ) {}

  async use(req: IncomingMessage, res: ServerResponse, next: () => void) {
    // Listen first: a client that hangs up while the data source opens
    // must still give its lease back.
    let lease: TenantLease | undefined;
    let ended = false;
    res.once('close', () => {
      ended = true;
      lease?.release();
    });
    try {
      const id = tenantIdFrom(req.headers['x-tenant']);
      lease = await this.dataSources.acquire(id, (tenantId) =>
        this.catalogue.findTenant(tenantId),
      );
    } catch (error) {
      return this.refuse(res, error);
    }
    if (ended) return lease.release();
    this.tenantContext.run(lease, next);
  }
  // #endregion middleware

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
