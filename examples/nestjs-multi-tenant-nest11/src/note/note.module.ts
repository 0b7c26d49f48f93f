// #region note-module
import { Module } from '@nestjs/common';
import { NestjsQueryGraphQLModule } from '@ptc-org/nestjs-query-graphql';
import { TenancyModule } from '../tenancy/tenancy.module';
import { NoteDTO } from './note.dto';
import { CreateNoteInput } from './note.input';
import { NoteService } from './note.service';

// No NestjsQueryTypeOrmModule.forFeature here: that registers a repository
// of one static connection. The service finds the tenant's repository itself.
@Module({
  imports: [
    NestjsQueryGraphQLModule.forFeature({
      imports: [TenancyModule],
      services: [NoteService],
      resolvers: [
        {
          DTOClass: NoteDTO,
          ServiceClass: NoteService,
          CreateDTOClass: CreateNoteInput,
          enableTotalCount: true,
        },
      ],
    }),
  ],
})
export class NoteModule {}
// #endregion note-module
