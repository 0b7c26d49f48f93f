// A request that names no tenant, a malformed one, an unknown one, or one
// whose database cannot be opened. The middleware answers it with this status
// and a GraphQL-shaped error body, before any resolver runs.
export class TenantRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'TenantRequestError';
  }
}
