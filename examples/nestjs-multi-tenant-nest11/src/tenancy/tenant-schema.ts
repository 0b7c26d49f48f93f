import { tenantMigrations } from '../migrations/tenant';
import { NoteEntity } from '../note/note.entity';

// What every tenant database holds: the same entities and migrations for all.
export const tenantEntities = [NoteEntity];
export { tenantMigrations };
