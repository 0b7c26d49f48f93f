import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

// #region without-transaction
// A migration that must not run in a transaction. Copy it into
// src/migrations/secret/ to use it (and add @Index() to SecretEntity.name).
export class IndexSecretNames1767225900000 implements MigrationInterface {
  // PostgreSQL refuses CREATE INDEX CONCURRENTLY inside a transaction block;
  // with migrationsTransactionMode 'each', this one migration runs without.
  transaction = false;

  async up(queryRunner: QueryRunner): Promise<void> {
    const name = indexName(queryRunner);
    if (queryRunner.connection.options.type === 'postgres') {
      // Builds the index without locking out writes to the table. Without a
      // transaction a failure can leave an INVALID index behind: IF NOT
      // EXISTS lets a rerun pass, so drop an invalid one by hand first.
      await queryRunner.query(
        `CREATE INDEX CONCURRENTLY IF NOT EXISTS "${name}" ON "secrets" ("name")`,
      );
    } else {
      await queryRunner.createIndex(
        'secrets',
        new TableIndex({ name, columnNames: ['name'] }),
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('secrets', indexName(queryRunner));
  }
}

// The name TypeORM gives @Index() on SecretEntity.name, so the drift check
// finds the index it expects.
function indexName(queryRunner: QueryRunner): string {
  return queryRunner.connection.namingStrategy.indexName('secrets', ['name']);
}
// #endregion without-transaction
