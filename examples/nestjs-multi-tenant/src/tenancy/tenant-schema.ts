import { tenantMigrations } from '../migrations/tenant/index.js';
import { NoteEntity } from '../note/note.entity.js';

// What every tenant database holds: the same entities and migrations for all.
export const tenantEntities = [NoteEntity];
export { tenantMigrations };
