import { CreateTenants1764547200000 } from './1764547200000-CreateTenants.js';

export const catalogueMigrations = [CreateTenants1764547200000];
