// Where each rule of the model comes from in eloquent-orm.js's source (repository
// MetalDz/Eloquent-ORM.js, newest stored 1.x form: imports ending in `.js` where the index holds
// such a form). Shown next to each answer so a reader can check it; the conformance tables in
// ./conformance-rules.spec.ts and ./conformance-cli.spec.ts cite the same lines.
export const SOURCE = {
  defaultConnection: 'src/config/database.ts:22',
  connectionList: 'src/config/database.ts:24-77',
  role: 'src/config/dbRoleEnv.ts:40-47',
  firstDefined: 'src/config/dbRoleEnv.ts:3-15',
  firstNumber: 'src/config/dbRoleEnv.ts:17-25',
  mysqlKeys: 'src/config/dbRoleEnv.ts:49-125',
  pgKeys: 'src/config/dbRoleEnv.ts:127-204',
  sqliteKeys: 'src/config/dbRoleEnv.ts:206-225',
  mongoKeys: 'src/config/dbRoleEnv.ts:227-263',
  resolverTestPin: 'src/core/connection/resolveConnectionName.ts:19-31',
  resolverTestSelector: 'src/core/connection/resolveConnectionName.ts:33-39',
  resolverTestFallback: 'src/core/connection/resolveConnectionName.ts:41-45',
  resolverNormal: 'src/core/connection/resolveConnectionName.ts:47-51',
  resolverInvalid: 'src/core/connection/resolveConnectionName.ts:53-58',
  modelExports: 'src/Model.ts:1-6',
  instanceDefault: 'src/core/model/CoreModel.ts:96',
  sqlModelGuard: 'src/core/model/BaseModel.ts:296-297',
  mongoModelGuard: 'src/core/model/BaseModel.ts:346-348',
  // SqlModel.getDB → getAdapter: connectDB first, then createAdapter, which refuses a Mongo connection.
  sqlAdapterRefusal: 'src/core/model/BaseModel.ts:296-303, src/core/connection/ConnectionFactory.ts:31-37, src/core/connection/DriverAdapter.ts:175-176',
  connectUnknown: 'src/core/connection/ConnectionFactory.ts:20-26, src/core/connection/DatabaseConnection.ts:122-125',
  productionRuntime: 'src/cli/utils/ProductionSafety.ts:9-13',
  seedProductionGuard: 'src/cli/utils/CliSeedScenarioCommandRegistration.ts:46-48, src/cli/utils/CliProductionGuards.ts:40-58',
  cliTestOverride: 'src/cli/utils/CliBootstrapSupport.ts:19-31 (called at src/cli/eloquent.ts:214)',
  cliParse: 'src/cli/eloquent.ts:223',
  flagTwin: 'src/cli/utils/resolveConnectionFlags.ts:19-35',
  flagAll: 'src/cli/utils/resolveConnectionFlags.ts:49-55',
  flagTwo: 'src/cli/utils/resolveConnectionFlags.ts:63-66',
  migrateRunMongo: 'src/cli/commands/migrateRun.ts:163-164',
  migrateRunDefault: 'src/cli/commands/migrateRun.ts:397-400',
  migrateRunOptions: 'src/cli/utils/CliMigrationCommandRegistration.ts:87-118',
  seedOptions: 'src/cli/utils/CliSeedScenarioCommandRegistration.ts:18-49',
  seedPrecheck: 'src/cli/utils/CliSeedScenarioCommandRegistration.ts:51-58',
  seedDefault: 'src/cli/commands/dbSeed.ts:69-72',
  seederNotFound: 'src/cli/commands/dbSeed.ts:118',
  // Per model: resolveConnectionName(ModelClass, { test: isTest }), unless a driver flag forces a
  // connection (read in the file, line not pinned: the stored form is 26 000 characters).
  makeMigration: 'src/cli/commands/makeMigration.ts',
} as const;

export type SourceRef = (typeof SOURCE)[keyof typeof SOURCE];
