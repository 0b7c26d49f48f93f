import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { createdAtColumn } from '../columns.js';

// #region create-artists-and-albums
// Written with TypeORM's schema API instead of SQL: each driver turns the
// same tables into its own DDL, so this one migration runs on sql.js,
// PostgreSQL and MariaDB.
export class CreateArtistsAndAlbums1767225600000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'artists',
        columns: [
          {
            name: 'id',
            type: 'integer',
            isPrimary: true,
            isGenerated: true,
            generationStrategy: 'increment',
          },
          { name: 'name', type: 'varchar' },
          createdAtColumn(queryRunner),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'albums',
        columns: [
          {
            name: 'id',
            type: 'integer',
            isPrimary: true,
            isGenerated: true,
            generationStrategy: 'increment',
          },
          { name: 'title', type: 'varchar' },
          { name: 'year', type: 'integer', isNullable: true },
          { name: 'artistId', type: 'integer' },
        ],
        foreignKeys: [
          {
            columnNames: ['artistId'],
            referencedTableName: 'artists',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
            onUpdate: 'NO ACTION',
          },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('albums');
    await queryRunner.dropTable('artists');
  }
}
// #endregion create-artists-and-albums
