// #region set-up
import { Test } from '@nestjs/testing';
import { getRepositoryToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SECRET_DB_CONNECTION } from '../database/database.constants.js';
import { migrationOptions } from '../database/migrations.config.js';
import { SecretDatabaseService } from './secret-database.service.js';
import { SecretEntity } from './secret.entity.js';

// A real repository on a throwaway in-memory sql.js database, made by the
// secret connection's own migrations: no TypeOrmModule, no AppModule.
let dataSource: DataSource;

beforeAll(async () => {
  dataSource = await new DataSource({
    type: 'sqljs',
    entities: [SecretEntity],
    ...migrationOptions('secret'),
  }).initialize();
});

afterAll(() => dataSource.destroy());
// #endregion set-up

// #region repository-token
it('uses the repository registered for the "secret" connection', async () => {
  const moduleRef = await Test.createTestingModule({
    providers: [
      SecretDatabaseService,
      {
        // The same token @InjectRepository(SecretEntity, SECRET_DB_CONNECTION)
        // asks for: "secret_SecretEntityRepository".
        provide: getRepositoryToken(SecretEntity, SECRET_DB_CONNECTION),
        useValue: dataSource.getRepository(SecretEntity),
      },
    ],
  }).compile();
  const service = moduleRef.get(SecretDatabaseService);

  await service.createOne({ name: 'api-key', value: 's3cr3t' });

  const found = await service.query({ filter: { name: { eq: 'api-key' } } });
  expect(found.map(({ name, value }) => ({ name, value }))).toEqual([
    { name: 'api-key', value: 's3cr3t' },
  ]);
});
// #endregion repository-token

// #region token-without-name
it('cannot be built when the token leaves out the connection name', async () => {
  const compiling = Test.createTestingModule({
    providers: [
      SecretDatabaseService,
      {
        // "SecretEntityRepository": the default connection's token.
        provide: getRepositoryToken(SecretEntity),
        useValue: dataSource.getRepository(SecretEntity),
      },
    ],
  }).compile();

  await expect(compiling).rejects.toThrow(
    `Nest can't resolve dependencies of the SecretDatabaseService (?). Please make sure that the argument "secret_SecretEntityRepository" at index [0] is available in the RootTestModule module.`,
  );
});
// #endregion token-without-name
