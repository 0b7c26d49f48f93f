import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { MUSIC_DB_CONNECTION } from '../database/database.constants.js';
import { ArtistEntity } from '../music/artist/artist.entity.js';

// The same read made in each of TypeORM's ways, to show which server answers
// each one when the connection has read replicas.
@Injectable()
export class ArtistReadsService {
  constructor(
    @InjectRepository(ArtistEntity, MUSIC_DB_CONNECTION)
    private readonly artists: Repository<ArtistEntity>,
    @InjectDataSource(MUSIC_DB_CONNECTION)
    private readonly dataSource: DataSource,
  ) {}

  // #region replica-reads
  // find and query builders: a replica (replication.defaultMode, 'slave').
  find(name: string) {
    return this.artists.find({ where: { name } });
  }

  queryBuilder(name: string) {
    return this.artists
      .createQueryBuilder('artist')
      .where('artist.name = :name', { name })
      .getMany();
  }
  // #endregion replica-reads

  // #region primary-reads
  // Raw SQL and everything inside a transaction: always the primary.
  rawQuery(name: string): Promise<ArtistEntity[]> {
    const param = this.dataSource.driver.createParameter('name', 0);
    return this.dataSource.query(
      `SELECT id, name FROM artists WHERE name = ${param}`,
      [name],
    );
  }

  transaction(name: string) {
    return this.dataSource.transaction((manager) =>
      manager.find(ArtistEntity, { where: { name } }),
    );
  }
  // #endregion primary-reads

  // #region read-from-primary
  // Read your own write: take a query runner on the primary for this read,
  // and release it, or its connection never returns to the pool.
  async fromPrimary(name: string) {
    const queryRunner = this.dataSource.createQueryRunner('master');
    try {
      return await queryRunner.manager.find(ArtistEntity, { where: { name } });
    } finally {
      await queryRunner.release();
    }
  }
  // #endregion read-from-primary

  // #region read-from-replica
  // With defaultMode 'master', a read goes to a replica only when asked.
  async fromReplica(name: string) {
    const queryRunner = this.dataSource.createQueryRunner('slave');
    try {
      return await queryRunner.manager.find(ArtistEntity, { where: { name } });
    } finally {
      await queryRunner.release();
    }
  }
  // #endregion read-from-replica
}
