import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { uniqueOn } from '../columns.js';

export class CreateGenresAndSongs1767225700000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'genres',
        columns: [
          {
            name: 'id',
            type: 'integer',
            isPrimary: true,
            isGenerated: true,
            generationStrategy: 'increment',
          },
          { name: 'name', type: 'varchar' },
        ],
        ...uniqueOn(queryRunner, ['name']),
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'songs',
        columns: [
          {
            name: 'id',
            type: 'integer',
            isPrimary: true,
            isGenerated: true,
            generationStrategy: 'increment',
          },
          { name: 'title', type: 'varchar' },
          { name: 'albumId', type: 'integer' },
          { name: 'genreId', type: 'integer', isNullable: true },
        ],
        foreignKeys: [
          {
            columnNames: ['albumId'],
            referencedTableName: 'albums',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
            onUpdate: 'NO ACTION',
          },
          {
            columnNames: ['genreId'],
            referencedTableName: 'genres',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
            onUpdate: 'NO ACTION',
          },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('songs');
    await queryRunner.dropTable('genres');
  }
}
