// #region tenant-id
import { TenantRequestError } from './tenant-request.error';

// The tenant comes from this header on every request. Its value is
// untrusted input: it is checked against this shape, then looked up in the
// catalogue, and never used to build a file name, URL or SQL.
export const TENANT_HEADER = 'X-Tenant';
const TENANT_ID = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

export function tenantIdFrom(header: string | string[] | undefined): string {
  if (header === undefined || header === '') {
    throw new TenantRequestError(
      400,
      'TENANT_MISSING',
      `No tenant: send the ${TENANT_HEADER} header, e.g. "${TENANT_HEADER}: acme".`,
    );
  }
  // Node joins repeated headers with ", ", which fails the check below.
  const value = Array.isArray(header) ? header.join(', ') : header;
  if (!TENANT_ID.test(value)) {
    throw new TenantRequestError(
      400,
      'TENANT_MALFORMED',
      `The ${TENANT_HEADER} header ${quote(value)} is not a tenant id: ` +
        'use 1 to 63 lowercase letters, digits and inner dashes.',
    );
  }
  return value;
}

/** isValidTenantId('acme') is true; used to check the seed file too. */
export function isValidTenantId(value: string): boolean {
  return TENANT_ID.test(value);
}

function quote(value: string): string {
  return JSON.stringify(value.length > 70 ? `${value.slice(0, 70)}...` : value);
}
// #endregion tenant-id
