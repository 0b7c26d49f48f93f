// The one static connection: the catalogue that lists the tenants. Tenant
// databases have no connection name; they are opened at run time.
export const CATALOGUE_CONNECTION = 'catalogue';
