import { InjectRepository } from '@nestjs/typeorm';
import {
  Class,
  mergeQuery,
  Query,
  QueryService,
} from '@ptc-org/nestjs-query-core';
import { TypeOrmQueryService } from '@ptc-org/nestjs-query-typeorm';
import { Repository } from 'typeorm';
import { MUSIC_DB_CONNECTION } from '../database/database.constants.js';
import { SecretEntity } from '../secret/secret.entity.js';
import { SecretQueryService } from '../secret/secret.service.js';
import { ArtistEntity } from './artist.entity.js';

@QueryService(ArtistEntity)
export class ArtistQueryService extends TypeOrmQueryService<ArtistEntity> {
  constructor(
    @InjectRepository(ArtistEntity, MUSIC_DB_CONNECTION)
    repository: Repository<ArtistEntity>,
    private readonly secrets: SecretQueryService,
  ) {
    super(repository);
  }

  // #region query-relations
  // nestjs-query's resolver collects the artists of one GraphQL request (a
  // DataLoader per request) and asks for their secrets in one call with the
  // whole list. TypeORM would look for an `artist.secrets` relation, which
  // cannot exist across connections, so the secret connection's query
  // service answers instead: one query for all of them.
  queryRelations<Relation>(
    RelationClass: Class<Relation>,
    relationName: string,
    artist: ArtistEntity,
    query: Query<Relation>,
  ): Promise<Relation[]>;
  queryRelations<Relation>(
    RelationClass: Class<Relation>,
    relationName: string,
    artists: ArtistEntity[],
    query: Query<Relation>,
  ): Promise<Map<ArtistEntity, Relation[]>>;
  async queryRelations<Relation>(
    RelationClass: Class<Relation>,
    relationName: string,
    given: ArtistEntity | ArtistEntity[],
    query: Query<Relation>,
  ): Promise<Relation[] | Map<ArtistEntity, Relation[]>> {
    if (relationName !== 'secrets') {
      return super.queryRelations(
        RelationClass,
        relationName,
        given as ArtistEntity[],
        query,
      );
    }
    const artists = Array.isArray(given) ? given : [given];
    const found = await this.secrets.query(
      mergeQuery(query as Query<SecretEntity>, {
        filter: { artistId: { in: artists.map((artist) => artist.id) } },
      }),
    );
    const byArtist = new Map(
      artists.map((artist) => [artist, [] as Relation[]]),
    );
    const artistById = new Map(artists.map((artist) => [artist.id, artist]));
    for (const secret of found) {
      byArtist.get(artistById.get(secret.artistId)!)!.push(secret as Relation);
    }
    return Array.isArray(given) ? byArtist : byArtist.get(given)!;
  }
  // #endregion query-relations
}
