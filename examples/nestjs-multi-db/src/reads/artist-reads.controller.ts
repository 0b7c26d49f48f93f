import {
  BadRequestException,
  Controller,
  Get,
  Param,
  Query,
} from '@nestjs/common';
import { ArtistReadsService } from './artist-reads.service.js';

const reads = [
  'find',
  'queryBuilder',
  'rawQuery',
  'transaction',
  'fromPrimary',
  'fromReplica',
] as const;

// GET /artist-reads/find?name=Nina%20Simone → the names found that way.
@Controller('artist-reads')
export class ArtistReadsController {
  constructor(private readonly artistReads: ArtistReadsService) {}

  @Get(':via')
  async read(@Param('via') via: string, @Query('name') name = '') {
    const read = reads.find((known) => known === via);
    if (!read) {
      throw new BadRequestException(`via must be one of ${reads.join(', ')}`);
    }
    const artists = await this.artistReads[read](name);
    return { via: read, names: artists.map((artist) => artist.name) };
  }
}
