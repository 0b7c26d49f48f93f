import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MUSIC_DB_CONNECTION } from '../database/database.constants.js';
import { ArtistEntity } from '../music/artist/artist.entity.js';
import { ArtistReadsController } from './artist-reads.controller.js';
import { ArtistReadsService } from './artist-reads.service.js';

// Reads of the music connection, made in each of TypeORM's ways (see the
// read-replicas guide).
@Module({
  imports: [TypeOrmModule.forFeature([ArtistEntity], MUSIC_DB_CONNECTION)],
  controllers: [ArtistReadsController],
  providers: [ArtistReadsService],
})
export class ReadsModule {}
