import { MigrationInterface, QueryRunner, Table } from 'typeorm';

// The catalogue's own schema. TypeORM's schema API (not raw SQL) writes the
// right DDL for sql.js, PostgreSQL and MariaDB alike.
export class CreateTenants1764547200000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'tenants',
        columns: [
          { name: 'id', type: 'varchar', length: '63', isPrimary: true },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'database_url', type: 'varchar', length: '500' },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('tenants');
  }
}
