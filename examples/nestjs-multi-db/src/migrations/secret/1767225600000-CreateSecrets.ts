import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { createdAtColumn } from '../columns.js';

// #region create-secrets
// Runs only on the "secret" connection: its data source lists only the
// files in src/migrations/secret.
export class CreateSecrets1767225600000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'secrets',
        columns: [
          {
            name: 'id',
            type: 'integer',
            isPrimary: true,
            isGenerated: true,
            generationStrategy: 'increment',
          },
          { name: 'name', type: 'varchar' },
          { name: 'value', type: 'text' },
          createdAtColumn(queryRunner),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('secrets');
  }
}
// #endregion create-secrets
