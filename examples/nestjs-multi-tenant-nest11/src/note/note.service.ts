// #region note-service
import { QueryService } from '@ptc-org/nestjs-query-core';
import { TenantContext } from '../tenancy/tenant-context';
import { TenantQueryService } from '../tenancy/tenant-query.service';
import { NoteEntity } from './note.entity';

// A singleton like any nestjs-query service; each call reaches the notes
// table of the tenant whose request is running.
@QueryService(NoteEntity)
export class NoteService extends TenantQueryService<NoteEntity> {
  constructor(tenantContext: TenantContext) {
    super(NoteEntity, tenantContext);
  }
}
// #endregion note-service
