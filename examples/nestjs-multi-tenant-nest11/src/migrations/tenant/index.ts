// #region tenant-migrations
import { CreateNotes1764547200000 } from './1764547200000-CreateNotes';

// Every tenant database gets these, in this order, when its data source opens.
export const tenantMigrations = [CreateNotes1764547200000];
// #endregion tenant-migrations
